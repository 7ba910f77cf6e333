DAY = "2016-08-25"
SENTS = [
 ("Turkish tanks and special forces crossed into Syria on Wednesday, backed by Turkish and US-led coalition warplanes, in an operation to drive Islamic State out of the border town of Jarablus.", ["TUR DEPLOYS_TROOPS SYR"], ["TUR ATTACKS org:ISIS", "USA ATTACKS org:ISIS", "USA SUPPORTS TUR"]),
 ("Syrian rebels backed by Ankara took the town within hours, meeting little resistance from the jihadists.", [], []),
 ("Damascus denounced the Turkish incursion, saying it violated Syria's territorial integrity.", ["SYR CONDEMNS TUR"], []),
 ("US Vice President Joe Biden, visiting Ankara on the same day, said Kurdish-led forces must pull back east of the Euphrates or lose American support.", [], ["person:joe-biden MEETS TUR", "USA SUPPORTS org:SDF"]),
 ("Turkey regards the Kurdish YPG militia, which Washington has armed to fight Islamic State, as a terrorist organisation.", ["TUR CONDEMNS org:YPG", "USA SUPPLIES_ARMS org:YPG"], []),
]
