DAY = "2022-04-05"
SENTS = [
 ("Germany and France expelled dozens of Russian diplomats on Monday after images of civilians killed in the town of Bucha outside Kyiv emerged.", [], ["DEU CONDEMNS RUS", "FRA CONDEMNS RUS"]),
 ("Volodymyr Zelensky visited Bucha and accused Russian forces of genocide.", ["person:volodymyr-zelensky CONDEMNS RUS"], []),
 ("Joe Biden called Vladimir Putin a war criminal and said he should face a war crimes trial.", ["person:joe-biden CONDEMNS person:vladimir-putin"], []),
 ("Moscow said the images had been staged and accused Kyiv of a monstrous forgery.", ["RUS CONDEMNS UKR"], []),
 ("The United States said it would seek Russia's suspension from the UN Human Rights Council.", [], ["USA CONDEMNS RUS"]),
]
