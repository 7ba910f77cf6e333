DAY = "1957-09-12"
SENTS = [
 ("Marshal Bulganin, the Soviet Premier, warned Turkey in a note delivered in Ankara on Wednesday that Turkish troops massed on the Syrian frontier endangered peace in the Middle East.", ["person:nikolai-bulganin LEADS SUN"], ["SUN CONDEMNS TUR"]),
 ("The United States has begun flying arms to Jordan, Lebanon and Iraq, Secretary of State Dulles announced.", ["USA SUPPLIES_ARMS JOR", "USA SUPPLIES_ARMS LBN", "USA SUPPLIES_ARMS IRQ"], []),
 ("Loy Henderson, a deputy under secretary of state, came home from Ankara, Beirut and Baghdad, where he had conferred with the leaders of Syria's neighbours.", [], ["USA MEETS TUR", "USA MEETS LBN", "USA MEETS IRQ"]),
 ("The Syrian radio charged that American agents were behind a plot against the regime in Damascus, uncovered last month.", ["SYR CONDEMNS USA"], []),
 ("Turkey's Prime Minister, Adnan Menderes, replied that the Soviet note was an attempt to intimidate his country.", ["person:adnan-menderes LEADS TUR", "TUR CONDEMNS SUN"], []),
]
