DAY = "1977-04-11"
SENTS = [
 ("Morocco has sent 1,500 troops to Zaire to help President Mobutu Sese Seko repel an invasion of Shaba province by rebels based in Angola.", ["MAR DEPLOYS_TROOPS COD", "person:mobutu-sese-seko LEADS COD"], ["MAR SUPPORTS person:mobutu-sese-seko", "MAR SUPPORTS COD"]),
 ("French air force transport planes flew the Moroccan soldiers to Kolwezi from Kenitra over the weekend.", [], ["FRA SUPPORTS MAR", "FRA SUPPORTS COD"]),
 ("Mobutu has accused Angola and Cuba of arming and training the invaders, former Katangese gendarmes who fled after the collapse of the secession in 1963.", ["person:mobutu-sese-seko CONDEMNS AGO", "person:mobutu-sese-seko CONDEMNS CUB"], []),
 ("Angola's President Agostinho Neto denied the charge and said the fighting was an internal Zairean affair.", ["person:agostinho-neto LEADS AGO"], []),
 ("The United States has flown 13 million dollars in non-lethal military supplies to Kinshasa, but President Jimmy Carter has ruled out sending troops.", ["USA SUPPORTS COD"], ["person:jimmy-carter LEADS USA", "USA SUPPLIES_ARMS COD"]),
]
