DAY = "2025-10-30"
SENTS = [
 ("Trinidad and Tobago's prime minister, Kamla Persad-Bissessar, has openly backed the US military strikes on suspected drug boats in the Caribbean.", ["person:kamla-persad-bissessar LEADS TTO"], ["person:kamla-persad-bissessar SUPPORTS USA"]),
 ("Venezuela suspended a gas agreement with Trinidad and Tobago and accused its government of hosting American warships.", ["VEN CONDEMNS TTO"], ["VEN SANCTIONS TTO", "USA DEPLOYS_TROOPS TTO"]),
 ("The USS Gravely, a guided-missile destroyer, docked in Port of Spain for joint exercises with the Trinidadian military.", ["USA ALLIED_WITH TTO"], ["USA DEPLOYS_TROOPS TTO"]),
 ("The Caribbean Community has been divided over the strikes.", [], []),
 ("Colombian President Gustavo Petro called the deployment an act of aggression against Latin America.", [], ["person:gustavo-petro CONDEMNS USA", "person:gustavo-petro LEADS COL"]),
]
