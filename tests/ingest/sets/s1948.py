DAY = "2023-07-08"
SENTS = [
 ("The United States will send cluster munitions to Ukraine as part of a new $800 million military aid package, the Pentagon said on Friday.", [], ["USA SUPPLIES_ARMS UKR", "USA SUPPORTS UKR"]),
 ("President Joe Biden called it a very difficult decision but said Ukraine was running out of artillery ammunition.", [], ["person:joe-biden LEADS USA"]),
 ("Britain, Canada and Spain, which have signed a convention banning the weapons, said they opposed their use.", [], []),
 ("Russia, which has itself used cluster bombs in Ukraine, called the decision a gesture of despair.", ["RUS ATTACKS UKR"], ["RUS CONDEMNS USA"]),
 ("Cambodian Prime Minister Hun Sen urged Washington and Kyiv not to use them, citing the decades of deaths caused by American cluster bombs dropped on his country during the Vietnam War.", ["person:hun-sen LEADS KHM"], ["USA ATTACKS KHM"]),
 ("Ukraine has pledged to use the munitions only on its own territory to break through Russian defences.", [], []),
]
