DAY = "2018-12-06"
SENTS = [
 ("Canada has arrested Huawei's chief financial officer Meng Wanzhou in Vancouver at the request of the United States, which is seeking her extradition.", [], []),
 ("Meng, the daughter of the company's founder, is accused of violating American sanctions on Iran.", [], ["USA SANCTIONS IRN"]),
 ("China demanded her immediate release and accused Canada of violating her human rights.", ["CHN CONDEMNS CAN"], []),
 ("Prime Minister Justin Trudeau said his government had no involvement in the decision, which was taken by the judicial authorities.", [], ["person:justin-trudeau LEADS CAN"]),
 ("The arrest came on the day that Trump and Chinese President Xi Jinping agreed in Buenos Aires to a 90-day truce in their trade war.", ["person:donald-trump MEETS person:xi-jinping", "person:xi-jinping LEADS CHN"], ["person:donald-trump MEETS ARG", "person:xi-jinping MEETS ARG"]),
]
