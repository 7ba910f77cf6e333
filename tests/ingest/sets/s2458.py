DAY = "2014-11-16"
SENTS = [
 ("Vladimir Putin left the G20 summit in Brisbane early on Sunday after Western leaders lined up to condemn Russia's role in eastern Ukraine.", ["bloc:WEST CONDEMNS RUS"], ["RUS ATTACKS UKR", "person:vladimir-putin LEADS RUS"]),
 ("Canadian Prime Minister Stephen Harper told Putin as they shook hands that he needed to get out of Ukraine.", ["person:stephen-harper LEADS CAN", "person:stephen-harper MEETS person:vladimir-putin", "person:stephen-harper CONDEMNS person:vladimir-putin"], []),
 ("Australian Prime Minister Tony Abbott, whose country lost 38 citizens when a Malaysian airliner was shot down over Ukraine in July, had vowed to confront Putin.", ["person:tony-abbott LEADS AUS"], ["person:tony-abbott CONDEMNS person:vladimir-putin"]),
 ("Russia sent four warships into international waters off the Australian coast before the summit.", [], ["RUS DEPLOYS_TROOPS AUS"]),
 ("British Prime Minister David Cameron warned that the European Union could impose further sanctions on Moscow.", ["person:david-cameron LEADS GBR"], ["org:EU SANCTIONS RUS", "person:david-cameron CONDEMNS RUS"]),
]
