DAY = "1993-04-05"
SENTS = [
 ("Bill Clinton pledged $1.6 billion in aid to Boris Yeltsin at their first summit in Vancouver on Sunday, saying the United States would stand by Russian democracy.", ["person:bill-clinton MEETS person:boris-yeltsin"], ["person:bill-clinton SUPPORTS person:boris-yeltsin", "USA SUPPORTS RUS", "person:bill-clinton MEETS CAN", "person:boris-yeltsin MEETS CAN", "person:bill-clinton SUPPORTS RUS"]),
 ("The package includes food aid, loans to Russian farmers and help in dismantling nuclear weapons.", [], ["USA SUPPORTS RUS"]),
 ("Yeltsin, who faces a referendum on his rule later this month, welcomed the support but said Russia needed markets more than charity.", [], []),
 ("Clinton said he would ask Congress to repeal trade restrictions dating from the Cold War.", [], ["USA SANCTIONS RUS"]),
 ("Russia's foreign minister, Andrei Kozyrev, held separate talks with Secretary of State Warren Christopher.", ["person:andrei-kozyrev MEETS person:warren-christopher"], ["RUS MEETS USA"]),
 ("Japan and Germany have been pressed to contribute to a larger package to be announced by the Group of Seven in Tokyo.", [], []),
]
