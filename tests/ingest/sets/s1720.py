DAY = "2016-12-14"
SENTS = [
 ("Syrian government forces backed by Russian air power and Iranian-backed militias took almost all of eastern Aleppo on Tuesday after a month-long offensive.", ["RUS SUPPORTS SYR"], ["IRN SUPPORTS SYR"]),
 ("Russia and Turkey brokered a deal for the evacuation of rebel fighters and civilians from the last besieged districts.", [], ["RUS MEETS TUR"]),
 ("The UN human rights office said it had reports of pro-government forces killing 82 civilians in their homes.", [], []),
 ("France's foreign minister, Jean-Marc Ayrault, accused Moscow and Damascus of war crimes.", ["person:jean-marc-ayrault CONDEMNS RUS", "person:jean-marc-ayrault CONDEMNS SYR"], []),
 ("Samantha Power, the US ambassador to the UN, asked Russia, Iran and Syria whether they were incapable of shame.", [], ["person:samantha-power CONDEMNS RUS", "person:samantha-power CONDEMNS IRN", "person:samantha-power CONDEMNS SYR"]),
]
