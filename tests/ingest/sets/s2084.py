DAY = "1997-05-18"
SENTS = [
 ("Rebel leader Laurent Kabila declared himself president of Zaire on Saturday, renaming it the Democratic Republic of Congo, after his forces entered Kinshasa unopposed.", [], ["person:laurent-desire-kabila LEADS COD"]),
 ("Mobutu Sese Seko, who ruled the country for 32 years, fled to Togo on Friday.", [], ["person:mobutu-sese-seko LEADS COD", "person:mobutu-sese-seko MEETS TGO"]),
 ("Rwanda and Uganda, whose troops fought alongside the rebels during their seven-month advance, were among the first to welcome the new government.", [], ["RWA DEPLOYS_TROOPS COD", "UGA DEPLOYS_TROOPS COD", "RWA SUPPORTS COD", "UGA SUPPORTS COD"]),
 ("Angola also sent troops to help the rebels against Mobutu, Western diplomats said.", [], ["AGO ATTACKS person:mobutu-sese-seko", "AGO DEPLOYS_TROOPS COD"]),
 ("South Africa's President Nelson Mandela, who tried to broker a deal between the two men, said he hoped the transition would be peaceful.", ["person:nelson-mandela LEADS ZAF"], []),
]
