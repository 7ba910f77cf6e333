DAY = "1971-07-24"
SENTS = [
 ("President Gaafar Nimeiry returned to power in Sudan on Thursday, three days after a group of Communist officers overthrew him, and loyal troops arrested the coup's leader, Major Hashem al-Atta.", [], ["person:gaafar-nimeiry LEADS SDN"]),
 ("Libyan fighter planes had forced down a British airliner carrying two of the plotters from London, and Colonel Muammar Gaddafi's government handed them over to Khartoum.", ["LBY SUPPORTS person:gaafar-nimeiry"], ["LBY SUPPORTS SDN"]),
 ("Britain protested to Tripoli that the interception of a civilian aircraft over the Mediterranean was an act of air piracy.", ["GBR CONDEMNS LBY"], []),
 ("Egypt, which has about 2,000 soldiers at its base in Sudan, was reported to have flown a Sudanese paratroop brigade home from the Suez Canal front to help crush the coup.", ["EGY DEPLOYS_TROOPS SDN"], ["EGY SUPPORTS person:gaafar-nimeiry"]),
 ("Nimeiry blamed Moscow for encouraging the plotters and expelled the Soviet envoy.", ["person:gaafar-nimeiry CONDEMNS SUN"], []),
]
