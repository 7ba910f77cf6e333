DAY = "2020-12-15"
SENTS = [
 ("The United States on Monday imposed sanctions on Turkey's defence procurement agency over Ankara's purchase of Russian S-400 missile systems.", ["USA SANCTIONS TUR", "RUS SUPPLIES_ARMS TUR"]),
 ("The measures, taken under a 2017 law targeting Russia's arms customers, were the first ever applied to a NATO ally.", [], ["TUR MEMBER_OF org:NATO"]),
 ("Turkey condemned the decision and said it would take reciprocal steps.", ["TUR CONDEMNS USA"]),
 ("Ankara had been removed from the F-35 fighter programme a year earlier.", [], []),
 ("Moscow delivered the first batteries of the system to Turkey in July 2019.", ["RUS SUPPLIES_ARMS TUR"]),
]
