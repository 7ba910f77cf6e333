DAY = "1974-04-26"
SENTS = [
 ("Army officers overthrew Portugal's government in a nearly bloodless coup on Thursday, ending nearly half a century of dictatorship.", [], []),
 ("Prime Minister Marcelo Caetano surrendered to the rebels in Lisbon and was flown to Madeira.", [], ["person:marcelo-caetano LEADS PRT"]),
 ("General Antonio de Spinola, who was dismissed last month for criticising the wars in Portugal's African colonies, heads the new junta.", [], ["person:antonio-de-spinola LEADS PRT"]),
 ("The junta promised to end the wars in Angola, Mozambique and Guinea-Bissau.", [], ["PRT ATTACKS AGO", "PRT ATTACKS MOZ", "PRT ATTACKS GNB", "PRT DEPLOYS_TROOPS AGO", "PRT DEPLOYS_TROOPS MOZ", "PRT DEPLOYS_TROOPS GNB"]),
 ("The United States and Britain, Portugal's NATO allies, said they hoped democracy would be restored.", ["USA ALLIED_WITH PRT", "GBR ALLIED_WITH PRT"], ["USA MEMBER_OF org:NATO", "GBR MEMBER_OF org:NATO", "PRT MEMBER_OF org:NATO"]),
]
