DAY = "2018-04-14"
SENTS = [
 ("The United States, Britain and France launched more than 100 missiles at three Syrian chemical weapons sites early on Saturday, a week after a suspected gas attack on the town of Douma.", ["USA ATTACKS SYR", "GBR ATTACKS SYR", "FRA ATTACKS SYR"], []),
 ("Donald Trump said the strikes were intended to deter the production, spread and use of chemical weapons by the Assad regime.", [], ["person:donald-trump CONDEMNS SYR"]),
 ("Russia's ambassador in Washington said the attack was an insult to the Russian president and warned of consequences.", [], ["RUS CONDEMNS USA"]),
 ("Syrian air defences shot down most of the missiles, according to the Russian military, a claim the Pentagon rejected.", [], []),
 ("Theresa May said there was no practicable alternative to the use of force.", [], ["person:theresa-may LEADS GBR"]),
]
