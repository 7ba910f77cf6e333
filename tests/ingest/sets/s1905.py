DAY = "1996-09-04"
SENTS = [
 ("The United States launched a second wave of cruise missiles against air defence sites in southern Iraq on Wednesday, a day after its first strikes.", ["USA ATTACKS IRQ"], []),
 ("The strikes were ordered after Iraqi troops and tanks moved into the Kurdish-held city of Erbil to help a Kurdish faction against its rival.", [], []),
 ("France and Spain criticised the American raids, while Britain and Germany backed them.", ["FRA CONDEMNS USA", "ESP CONDEMNS USA"], ["GBR SUPPORTS USA", "DEU SUPPORTS USA"]),
 ("Saudi Arabia and Turkey refused to allow American warplanes to use their bases for the attack.", [], []),
 ("Russia condemned the strikes as an unacceptable use of force and demanded an end to them.", [], ["RUS CONDEMNS USA"]),
 ("Iran, which backs the rival Kurdish faction, accused Baghdad of violating the northern safe haven.", ["IRN CONDEMNS IRQ"], []),
]
