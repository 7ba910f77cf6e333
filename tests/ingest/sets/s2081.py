DAY = "1978-03-20"
SENTS = [
 ("Israeli forces completed their occupation of southern Lebanon up to the Litani river on Sunday, in an offensive launched after Palestinian guerrillas killed 37 Israelis on the coast road near Tel Aviv.", ["ISR ATTACKS LBN", "ISR DEPLOYS_TROOPS LBN"], []),
 ("The UN Security Council voted to call on Israel to withdraw its forces and to set up a peacekeeping force for southern Lebanon.", [], ["org:UNSC CONDEMNS ISR", "org:UNSC DEPLOYS_TROOPS LBN", "ISR DEPLOYS_TROOPS LBN"]),
 ("France, Norway, Iran and Nepal have offered battalions for the force.", [], ["FRA DEPLOYS_TROOPS LBN", "NOR DEPLOYS_TROOPS LBN", "IRN DEPLOYS_TROOPS LBN", "NPL DEPLOYS_TROOPS LBN"]),
 ("Prime Minister Menachem Begin said Israel would not withdraw until it was sure that the guerrillas would not return to the border area.", [], ["person:menachem-begin LEADS ISR", "ISR DEPLOYS_TROOPS LBN"]),
 ("Egypt's President Anwar Sadat condemned the invasion but said he would not break off his peace talks with Israel.", ["person:anwar-sadat LEADS EGY"], ["person:anwar-sadat CONDEMNS ISR", "EGY MEETS ISR", "person:anwar-sadat MEETS ISR"]),
]
