DAY = "2016-12-30"
SENTS = [
 ("The Obama administration expelled 35 Russian diplomats on Thursday and imposed sanctions on Russia's two main intelligence agencies over their interference in the presidential election.", ["USA SANCTIONS RUS"], ["USA CONDEMNS RUS"]),
 ("The diplomats, whom Washington described as intelligence operatives, were given 72 hours to leave the country with their families.", [], []),
 ("The State Department also closed two Russian compounds in Maryland and New York that it said were used for intelligence purposes.", [], ["USA SANCTIONS RUS"]),
 ("Vladimir Putin said Russia would not respond in kind and invited the children of American diplomats to a New Year party at the Kremlin.", [], []),
 ("President-elect Donald Trump praised Putin's decision, calling him very smart.", ["person:donald-trump SUPPORTS person:vladimir-putin"], []),
]
