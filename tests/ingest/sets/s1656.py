DAY = "2022-02-22"
SENTS = [
 ("Vladimir Putin recognised the independence of the two Russian-backed separatist regions of eastern Ukraine on Monday and ordered Russian troops into them on what he called a peacekeeping mission.", [], ["RUS SUPPORTS UKR", "RUS DEPLOYS_TROOPS UKR"]),
 ("The United States, the European Union and Britain announced sanctions in response, and Germany halted approval of the Nord Stream 2 gas pipeline.", [], ["DEU SANCTIONS RUS", "DEU TRADES_WITH RUS", "USA SANCTIONS RUS", "org:EU SANCTIONS RUS", "GBR SANCTIONS RUS"]),
 ("Ukraine's president, Volodymyr Zelensky, said his country was not afraid of anyone and called on Western allies to show support.", ["person:volodymyr-zelensky LEADS UKR"], []),
 ("At an emergency session of the Security Council, the US ambassador, Linda Thomas-Greenfield, called the peacekeeping claim nonsense.", [], ["person:linda-thomas-greenfield CONDEMNS RUS"]),
 ("China urged all parties to exercise restraint and avoid inflaming tensions.", [], []),
]
