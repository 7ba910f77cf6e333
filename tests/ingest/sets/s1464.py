DAY = "2024-10-04"
SENTS = [
 ("Britain agreed on Thursday to hand sovereignty over the Chagos Islands to Mauritius, ending a decades-long dispute.", ["GBR SUPPORTS MUS"], []),
 ("The deal lets the United States and Britain keep their joint military base on Diego Garcia for at least 99 years.", [], ["USA DEPLOYS_TROOPS MUS", "GBR DEPLOYS_TROOPS MUS"]),
 ("Joe Biden welcomed the agreement, while India, a close partner of Mauritius, said it supported the decolonisation.", [], ["IND SUPPORTS MUS"]),
 ("Keir Starmer's government said the base was vital to British and American security.", [], []),
 ("The International Court of Justice had said in 2019 that Britain's administration of the islands was unlawful.", ["org:ICJ CONDEMNS GBR"], []),
]
