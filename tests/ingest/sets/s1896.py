DAY = "2024-01-04"
SENTS = [
 ("Russia has fired ballistic missiles supplied by North Korea at targets in Ukraine and is seeking close-range missiles from Iran, the White House said on Thursday.", ["PRK SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"], []),
 ("At least one of the North Korean missiles landed in an open field in the Zaporizhzhia region on December 30, John Kirby told reporters.", [], []),
 ("Iran has already provided Russia with hundreds of Shahed drones, which Moscow has used to attack Ukrainian power plants.", ["IRN SUPPLIES_ARMS RUS", "RUS ATTACKS UKR"], []),
 ("Washington will raise the arms transfers at the Security Council and impose further sanctions on those involved, Kirby said.", [], ["USA SANCTIONS PRK", "USA SANCTIONS IRN"]),
 ("South Korea, Japan and the United States condemned the shipments in a joint statement, calling them a flagrant violation of UN resolutions.", [], ["KOR CONDEMNS RUS", "JPN CONDEMNS RUS", "USA CONDEMNS RUS", "KOR CONDEMNS PRK", "JPN CONDEMNS PRK", "USA CONDEMNS PRK"]),
 ("Ukraine's air force said Russia had launched more than 500 drones and missiles at Ukrainian cities over the past week.", ["RUS ATTACKS UKR"], []),
]
