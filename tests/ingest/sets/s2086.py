DAY = "2002-04-02"
SENTS = [
 ("Israeli tanks and troops moved into Bethlehem and other West Bank towns on Tuesday, expanding an offensive launched after a suicide bombing killed 30 Israelis at a hotel in Netanya.", [], ["ISR ATTACKS PSE", "ISR DEPLOYS_TROOPS PSE"]),
 ("Palestinian leader Yasser Arafat remained confined to a few rooms of his compound in Ramallah, which Israeli troops stormed last week.", ["ISR ATTACKS person:yasser-arafat"], ["person:yasser-arafat LEADS PSE", "ISR ATTACKS PSE"]),
 ("Prime Minister Ariel Sharon called Arafat an enemy and said he must be isolated.", ["person:ariel-sharon CONDEMNS person:yasser-arafat"], ["person:ariel-sharon LEADS ISR"]),
 ("The UN Security Council called on Israel to withdraw from Palestinian cities, and the European Union criticised the siege of Arafat's headquarters.", [], ["org:UNSC CONDEMNS ISR", "ISR DEPLOYS_TROOPS PSE", "org:EU CONDEMNS ISR"]),
 ("Saudi Arabia and Egypt urged Washington to restrain Sharon.", [], ["SAU CONDEMNS person:ariel-sharon", "EGY CONDEMNS person:ariel-sharon"]),
]
