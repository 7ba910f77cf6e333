DAY = "2022-06-09"
SENTS = [
 ("Cambodia and China broke ground on Wednesday on an expansion of the Ream naval base on the Gulf of Thailand, which the United States says is being built for the exclusive use of the Chinese navy.", [], ["CHN DEPLOYS_TROOPS KHM", "USA CONDEMNS CHN", "USA CONDEMNS KHM", "CHN SUPPORTS KHM"]),
 ("China's ambassador, Wang Wentian, said the project was funded by a Chinese grant and would strengthen the Cambodian navy's ability to defend the country's maritime integrity.", ["CHN SUPPORTS KHM"], []),
 ("Prime Minister Hun Sen has repeatedly denied that his country would host foreign troops, saying the constitution forbids it.", [], ["person:hun-sen LEADS KHM"]),
 ("Washington has imposed sanctions on two senior Cambodian military officials over alleged corruption linked to the base.", ["USA SANCTIONS KHM"], []),
]
