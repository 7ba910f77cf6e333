DAY = "2019-05-23"
SENTS = [
 ("The UN General Assembly voted by 116 to six on Wednesday to demand that Britain hand the Chagos Islands back to Mauritius within six months.", [], ["org:UNGA CONDEMNS GBR", "org:UNGA SUPPORTS MUS"]),
 ("The United States, Australia, Hungary, Israel and the Maldives voted with Britain against the resolution.", [], ["USA SUPPORTS GBR", "AUS SUPPORTS GBR", "HUN SUPPORTS GBR", "ISR SUPPORTS GBR", "MDV SUPPORTS GBR"]),
 ("Mauritius's prime minister, Pravind Jugnauth, called the vote a historic step and accused Britain of clinging to a colonial possession.", ["person:pravind-jugnauth LEADS MUS", "person:pravind-jugnauth CONDEMNS GBR"], []),
 ("Britain says it needs the islands for the joint military base it runs with the United States on Diego Garcia.", [], ["GBR ALLIED_WITH USA"]),
 ("India, which has close ties to Mauritius, backed its claim to the archipelago.", ["IND SUPPORTS MUS"], []),
]
