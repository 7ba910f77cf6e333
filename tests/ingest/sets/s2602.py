DAY = "2020-05-28"
SENTS = [
 ("China's parliament approved a plan on Thursday to impose a national security law on Hong Kong, bypassing the city's own legislature.", [], []),
 ("The United States, Britain, Australia and Canada said in a joint statement that the law would undermine the freedoms Beijing promised to respect when Britain handed back the territory in 1997.", [], ["USA CONDEMNS CHN", "GBR CONDEMNS CHN", "AUS CONDEMNS CHN", "CAN CONDEMNS CHN"]),
 ("Secretary of State Mike Pompeo told Congress a day earlier that Hong Kong no longer enjoyed the autonomy that had earned it special trading privileges.", [], ["USA SANCTIONS HKG", "USA TRADES_WITH HKG"]),
 ("A Chinese foreign ministry spokesman said Washington, London, Canberra and Ottawa had no right to interfere in what he called a purely domestic matter.", ["CHN CONDEMNS USA", "CHN CONDEMNS GBR", "CHN CONDEMNS AUS", "CHN CONDEMNS CAN"], []),
 ("Boris Johnson offered a path to British citizenship to nearly three million Hong Kong residents.", [], ["person:boris-johnson SUPPORTS HKG", "GBR SUPPORTS HKG"]),
]
