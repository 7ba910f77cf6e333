DAY = "2015-11-16"
SENTS = [
 ("French warplanes launched heavy bombing raids on the Islamic State stronghold of Raqqa in Syria on Sunday night, two days after the Paris attacks that killed 129 people.", ["FRA ATTACKS org:ISIS"], ["FRA ATTACKS SYR"]),
 ("The jets took off from Jordan and the United Arab Emirates and destroyed a command centre and a training camp, the defence ministry said.", [], ["JOR SUPPORTS FRA", "ARE SUPPORTS FRA"]),
 ("Francois Hollande told parliament that France was at war with jihadist terrorism.", [], ["person:francois-hollande LEADS FRA"]),
 ("The United States had shared targeting information with France before the strikes.", ["USA SUPPORTS FRA"], []),
 ("Belgian police arrested several suspects in Brussels, where some of the attackers had lived.", [], []),
]
