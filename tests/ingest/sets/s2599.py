DAY = "2009-10-10"
SENTS = [
 ("Turkey and Armenia signed an accord in Zurich on Saturday to establish diplomatic relations and open their shared border, which Ankara closed in 1993 in support of Azerbaijan.", [], ["TUR SUPPORTS AZE", "TUR SANCTIONS ARM", "ARM MEETS TUR"]),
 ("The signing was delayed for three hours by a last-minute dispute over the statements the two foreign ministers would make afterwards.", [], []),
 ("Secretary of State Hillary Clinton, who helped broker the compromise, attended the ceremony with Russian Foreign Minister Sergei Lavrov and the EU's Javier Solana.", [], ["person:hillary-clinton MEETS person:sergei-lavrov", "person:hillary-clinton SUPPORTS TUR", "person:hillary-clinton SUPPORTS ARM"]),
 ("Azerbaijan, which fought a war with Armenia over Nagorno-Karabakh in the early 1990s, warned that the deal would harm peace in the region.", ["AZE ATTACKS ARM", "ARM ATTACKS AZE"], ["AZE CONDEMNS TUR", "AZE CONDEMNS ARM"]),
 ("Both parliaments must ratify the protocols, and Turkish Prime Minister Recep Tayyip Erdogan has said the border will stay shut until Armenian forces leave the occupied Azerbaijani districts.", ["person:recep-tayyip-erdogan LEADS TUR"], ["ARM DEPLOYS_TROOPS AZE", "TUR SANCTIONS ARM"]),
]
