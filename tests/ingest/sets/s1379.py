DAY = "2022-02-22"
SENTS = [
 ("German Chancellor Olaf Scholz halted the certification of the Nord Stream 2 gas pipeline on Tuesday after Russia recognised two separatist regions in eastern Ukraine.", ["person:olaf-scholz LEADS DEU"], ["DEU TRADES_WITH RUS"]),
 ("The United States, Britain and the European Union announced sanctions against Russian banks and oligarchs.", ["USA SANCTIONS RUS", "GBR SANCTIONS RUS", "org:EU SANCTIONS RUS"], []),
 ("Dmitry Medvedev mocked the decision, warning Europeans they would soon pay 2,000 euros for gas.", [], []),
 ("Germany imports more than half of its gas from Russia.", ["DEU TRADES_WITH RUS"], []),
 ("Vladimir Putin ordered Russian troops into the Donetsk and Luhansk regions on what he called a peacekeeping mission.", [], ["RUS DEPLOYS_TROOPS UKR", "person:vladimir-putin DEPLOYS_TROOPS UKR"]),
]
