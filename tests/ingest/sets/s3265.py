DAY = "1991-10-25"
SENTS = [
 ("Yugoslav navy gunboats and army artillery shelled the old city of Dubrovnik on Thursday, and federal troops tightened their siege of the Croatian port.", [], ["YUG ATTACKS HRV"]),
 ("The European Community threatened to impose economic sanctions on Serbia unless it accepted the Hague peace plan by November 5.", [], ["org:EU SANCTIONS SRB", "org:EU CONDEMNS SRB"]),
 ("The plan would abolish Yugoslavia, said Slobodan Milosevic, Serbia's president, who turned it down.", ["person:slobodan-milosevic LEADS SRB"], []),
 ("Washington called its envoy home from Belgrade and held Serbia and the federal army to blame for the bloodshed.", ["USA CONDEMNS SRB"], ["USA CONDEMNS YUG"]),
 ("In Zagreb, Franjo Tudjman, the Croatian president, wants blue helmets posted to the besieged city.", ["person:franjo-tudjman LEADS HRV"], []),
]
