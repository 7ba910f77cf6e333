DAY = "2025-03-13"
SENTS = [
 ("Former Philippine President Rodrigo Duterte was flown to The Hague on Wednesday after being arrested in Manila on a warrant from the International Criminal Court.", [], ["org:ICC CONDEMNS person:rodrigo-duterte"]),
 ("The court accuses him of crimes against humanity over the killings in his war on drugs.", ["org:ICC CONDEMNS person:rodrigo-duterte"], []),
 ("President Ferdinand Marcos Jr said Manila had acted to honour its commitments to Interpol.", [], ["PHL MEMBER_OF org:INTERPOL", "person:ferdinand-marcos-jr LEADS PHL"]),
 ("Duterte's daughter, Vice President Sara Duterte, flew to the Netherlands to support him and condemned his arrest as a kidnapping.", ["person:sara-duterte MEETS NLD"], ["person:sara-duterte SUPPORTS person:rodrigo-duterte"]),
 ("The Philippines withdrew from the court in 2019 after it began examining the drug war.", [], ["PHL MEMBER_OF org:ICC"]),
]
