DAY = "2021-09-18"
SENTS = [
 ("France recalled its ambassadors to the United States and Australia on Friday in protest at a security pact that cost it a submarine contract worth 56 billion euros.", ["FRA CONDEMNS USA", "FRA CONDEMNS AUS"], []),
 ("Under the pact, known as AUKUS, Britain and the United States will help Australia build nuclear-powered submarines.", [], ["AUS MEMBER_OF org:AUKUS", "GBR MEMBER_OF org:AUKUS", "USA MEMBER_OF org:AUKUS", "GBR SUPPORTS AUS", "USA SUPPORTS AUS"]),
 ("Foreign Minister Jean-Yves Le Drian called the decision a stab in the back.", [], ["person:jean-yves-le-drian CONDEMNS AUS"]),
 ("China denounced the alliance as extremely irresponsible.", ["CHN CONDEMNS org:AUKUS"]),
 ("Canberra had signed the contract with France's Naval Group in 2016.", [], []),
]
