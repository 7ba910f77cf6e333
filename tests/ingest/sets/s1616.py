DAY = "2024-11-20"
SENTS = [
 ("Secretary of State Antony Blinken said on Tuesday that the United States recognises Edmundo Gonzalez as the winner of Venezuela's presidential election.", [], ["person:antony-blinken SUPPORTS person:edmundo-gonzalez"]),
 ("Nicolas Maduro, who was declared the winner by an electoral council packed with his loyalists, accused Washington of plotting a coup.", ["person:nicolas-maduro CONDEMNS USA"], []),
 ("Gonzalez fled to Spain in September after a warrant was issued for his arrest.", [], []),
 ("Brazil and Colombia, whose leftist presidents had tried to mediate, have refused to recognise Maduro's victory but stopped short of endorsing his rival.", [], ["BRA CONDEMNS person:nicolas-maduro", "COL CONDEMNS person:nicolas-maduro"]),
 ("Russia and China congratulated Maduro on his re-election.", ["RUS SUPPORTS person:nicolas-maduro", "CHN SUPPORTS person:nicolas-maduro"], []),
]
