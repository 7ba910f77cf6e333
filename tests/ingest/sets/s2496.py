DAY = "2020-07-30"
SENTS = [
 ("The Pentagon said on Wednesday it would withdraw about 12,000 troops from Germany, roughly a third of the American force there, after President Donald Trump complained that Berlin spent too little on defence.", ["USA DEPLOYS_TROOPS DEU", "person:donald-trump CONDEMNS DEU"], ["person:donald-trump LEADS USA"]),
 ("About 5,600 of the soldiers will move to other NATO countries, including Italy and Belgium, and some could later go to Poland.", [], ["USA DEPLOYS_TROOPS ITA", "USA DEPLOYS_TROOPS BEL", "USA DEPLOYS_TROOPS POL"]),
 ("Trump said Germany was delinquent in its payments to NATO and was paying Russia billions of dollars for energy.", ["person:donald-trump CONDEMNS DEU"], ["DEU TRADES_WITH RUS"]),
 ("The headquarters of US European Command will move from Stuttgart to Mons, where NATO's military headquarters is based.", [], []),
 ("Poland, which has offered to pay for a permanent American base, welcomed the prospect of more troops.", [], ["POL SUPPORTS USA"]),
]
