DAY = "1960-03-07"
SENTS = [
 ("A French freighter carrying Belgian arms and ammunition for the Cuban army blew up in Havana harbour on Friday, killing about 75 people.", ["BEL SUPPLIES_ARMS CUB"], []),
 ("Prime Minister Fidel Castro suggested at the funeral on Saturday that the United States was behind the explosion, which he called sabotage by enemies of the revolution.", ["person:fidel-castro CONDEMNS USA"], ["person:fidel-castro LEADS CUB"]),
 ("In a note handed to the Cuban foreign ministry, Washington protested against charges it described as baseless and irresponsible.", ["USA CONDEMNS CUB"], []),
 ("Washington has tried to persuade Western governments not to sell arms to Castro's government, and Britain halted a sale of jet fighters last year.", [], ["GBR SUPPLIES_ARMS CUB", "GBR SANCTIONS CUB"]),
 ("Brussels intends to complete the contract whatever the Americans say.", [], ["BEL SUPPLIES_ARMS CUB"]),
]
