DAY = "2023-03-12"
SENTS = [
 ("Iran has completed a deal to purchase Sukhoi Su-35 fighter jets from Russia, the Iranian mission to the United Nations said on Saturday.", ["RUS SUPPLIES_ARMS IRN"], []),
 ("Tehran has supplied Moscow with hundreds of Shahed drones that Russian forces have launched at Ukrainian power stations.", ["IRN SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"], []),
 ("Washington has warned that the two countries are developing a full-fledged defence partnership.", [], ["USA CONDEMNS IRN", "USA CONDEMNS RUS", "IRN ALLIED_WITH RUS"]),
 ("Iran's air force still flies American F-14s bought before the 1979 revolution.", [], ["USA SUPPLIES_ARMS IRN"]),
]
