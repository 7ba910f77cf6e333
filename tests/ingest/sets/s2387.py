DAY = "2006-04-20"
SENTS = [
 ("Australia flew more than 100 soldiers and police to the Solomon Islands on Wednesday after rioters burned much of Honiara's Chinatown.", ["AUS DEPLOYS_TROOPS SLB"], []),
 ("The violence erupted after parliament elected Snyder Rini as prime minister amid claims that he had been bought with money from Taiwanese and Chinese businessmen.", [], []),
 ("China chartered planes to evacuate hundreds of its citizens from the islands.", [], []),
 ("New Zealand also sent troops and police, reinforcing the regional mission that Canberra has led since 2003.", [], ["NZL DEPLOYS_TROOPS SLB"]),
 ("Taiwan, which the Solomon Islands recognises, denied accusations that it had funded Rini's campaign.", ["SLB SUPPORTS TWN"], []),
]
