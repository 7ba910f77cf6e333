DAY = "1957-11-29"
SENTS = [
 ("Spanish paratroopers were dropped into Sidi Ifni on Wednesday to relieve posts besieged by irregulars of the Moroccan Army of Liberation.", [], []),
 ("Madrid accused the government of King Mohammed V of arming the raiders and letting them gather on Moroccan soil.", ["ESP CONDEMNS MAR"], ["MAR SUPPLIES_ARMS ESP", "person:mohammed-v LEADS MAR"]),
 ("The Moroccan government said it had no control over the irregulars, though Rabat has long claimed the enclave.", [], []),
 ("France, which still keeps about 30,000 troops in Morocco, refused to let Spanish transport planes use its airfields there.", ["FRA DEPLOYS_TROOPS MAR"], []),
 ("Spanish bombers attacked the tribesmen's camps outside the town on Thursday, the Spanish command said.", [], []),
]
