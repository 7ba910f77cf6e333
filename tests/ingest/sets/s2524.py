DAY = "2022-11-24"
SENTS = [
 ("Serbia and Kosovo reached a deal late on Wednesday to defuse a dispute over car licence plates, after talks mediated by the European Union in Brussels.", [], ["SRB MEETS XKX", "org:EU MEETS SRB", "org:EU MEETS XKX"]),
 ("Serbia will stop issuing plates bearing the names of Kosovo towns, and Kosovo will stop fining drivers who use them, the EU's foreign policy chief, Josep Borrell, said.", [], []),
 ("Hundreds of ethnic Serb police officers, judges and officials quit Kosovo's institutions this month in protest at the plan to replace plates issued by Belgrade.", [], []),
 ("Serbian President Aleksandar Vucic, whose government does not recognise Kosovo's independence, had accused Prime Minister Albin Kurti of trying to drive Serbs out.", ["person:aleksandar-vucic LEADS SRB", "person:aleksandar-vucic CONDEMNS person:albin-kurti"], ["person:albin-kurti LEADS XKX"]),
 ("NATO, which has about 3,700 peacekeepers in Kosovo, had urged both sides to avoid any escalation.", ["org:NATO DEPLOYS_TROOPS XKX"], []),
]
