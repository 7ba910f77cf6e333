DAY = "1983-05-31"
SENTS = [
 ("The leaders of seven industrial democracies ended their summit at Williamsburg, Virginia, yesterday with a statement that their security was indivisible.", [], []),
 ("For the first time Japan joined a summit declaration supporting the deployment of American medium-range missiles in Western Europe.", ["JPN SUPPORTS USA"], []),
 ("Prime Minister Yasuhiro Nakasone said Japan stood with its Western allies against Soviet pressure.", [], ["person:yasuhiro-nakasone LEADS JPN", "person:yasuhiro-nakasone CONDEMNS SUN", "JPN ALLIED_WITH bloc:WEST", "JPN SUPPORTS bloc:WEST"]),
 ("President Mitterrand insisted that France's own nuclear force would not be counted in the Geneva talks.", [], ["person:francois-mitterrand LEADS FRA"]),
 ("Tass said the declaration showed that Tokyo had become an accomplice of Washington's nuclear strategy.", [], ["SUN CONDEMNS JPN", "SUN CONDEMNS USA"]),
]
