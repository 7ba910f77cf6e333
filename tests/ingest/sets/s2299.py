DAY = "2017-01-24"
SENTS = [
 ("Russia, Turkey and Iran agreed on Tuesday to set up a joint mechanism to monitor the ceasefire in Syria, at the end of two days of talks in Astana, the capital of Kazakhstan.", [], ["IRN MEETS RUS", "IRN MEETS TUR", "RUS MEETS TUR", "IRN ALLIED_WITH RUS", "IRN ALLIED_WITH TUR", "RUS ALLIED_WITH TUR"]),
 ("The talks were the first at which Syrian government officials sat down with representatives of armed rebel groups.", [], []),
 ("Russia and Iran back President Bashar al-Assad, while Turkey has long supported the rebels fighting to oust him.", ["RUS SUPPORTS person:bashar-al-assad", "IRN SUPPORTS person:bashar-al-assad"], ["RUS SUPPORTS SYR", "IRN SUPPORTS SYR", "person:bashar-al-assad LEADS SYR"]),
 ("The United States, whose new administration took office on Friday, was represented only by its ambassador to Kazakhstan.", [], []),
 ("Russian warplanes have bombed rebel-held areas since September 2015, helping Assad's forces retake Aleppo last month.", ["RUS SUPPORTS person:bashar-al-assad"], ["RUS SUPPORTS SYR"]),
 ("Turkish troops have been fighting Islamic State in northern Syria since August.", ["TUR ATTACKS org:ISIS", "TUR DEPLOYS_TROOPS SYR"], []),
]
