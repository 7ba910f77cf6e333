DAY = "1964-01-10"
SENTS = [
 ("Panama broke off diplomatic relations with the United States today after two days of rioting in the Canal Zone in which American troops fired on crowds.", [], ["PAN CONDEMNS USA", "USA DEPLOYS_TROOPS PAN", "USA ATTACKS PAN"]),
 ("President Roberto Chiari accused the United States of unprovoked aggression against Panama.", ["person:roberto-chiari CONDEMNS USA"], ["person:roberto-chiari LEADS PAN"]),
 ("The riots began when American students raised the United States flag at a high school in the zone, defying an agreement to fly both flags.", [], []),
 ("Washington said its troops had acted only to protect the zone and American lives.", [], ["USA DEPLOYS_TROOPS PAN"]),
 ("In Havana, Fidel Castro praised the Panamanian demonstrators and denounced American imperialism.", ["person:fidel-castro CONDEMNS USA"], []),
]
