DAY = "1983-10-24"
SENTS = [
 ("Suicide bombers drove trucks packed with explosives into the headquarters of the American and French contingents of the multinational force in Beirut on Sunday, killing 241 US servicemen and 58 French paratroopers.", ["USA DEPLOYS_TROOPS LBN", "FRA DEPLOYS_TROOPS LBN"], []),
 ("President Ronald Reagan called the attack despicable and said the Marines would stay in Lebanon.", [], ["person:ronald-reagan LEADS USA", "USA DEPLOYS_TROOPS LBN"]),
 ("French President Francois Mitterrand flew to Beirut on Monday to visit the site.", ["person:francois-mitterrand LEADS FRA", "person:francois-mitterrand MEETS LBN"], []),
 ("American officials said they suspected Iranian-backed Shiite militants, and Secretary of State George Shultz said Syria bore a heavy responsibility for the violence.", [], ["IRN SUPPORTS org:HEZBOLLAH", "USA CONDEMNS SYR", "person:george-shultz CONDEMNS SYR"]),
 ("Italy and Britain, which also have troops in the force, said they would not withdraw.", [], ["ITA DEPLOYS_TROOPS LBN", "GBR DEPLOYS_TROOPS LBN"]),
]
