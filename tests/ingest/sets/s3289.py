DAY = "2007-08-08"
SENTS = [
 ("Georgia accused Russia on Tuesday of sending two warplanes into its airspace to fire a missile that landed near the village of Tsitelubani without exploding.", ["GEO CONDEMNS RUS"], ["RUS ATTACKS GEO"]),
 ("Saakashvili, who took office in 2004, told reporters in Tbilisi that Moscow's warplanes were trying to frighten Georgia away from the West.", ["person:mikheil-saakashvili CONDEMNS RUS"], ["person:mikheil-saakashvili LEADS GEO"]),
 ("Moscow denied that any Russian plane had crossed the border and suggested that Georgia had staged the incident itself.", ["RUS CONDEMNS GEO"], []),
 ("Experts from the United States, Britain, Sweden, Latvia and Lithuania, invited by Tbilisi, concluded that the aircraft had come from Russian airspace.", [], []),
 ("Georgia, which wants to join NATO, has bought tanks and artillery from Ukraine and the Czech Republic.", ["UKR SUPPLIES_ARMS GEO", "CZE SUPPLIES_ARMS GEO"], []),
]
