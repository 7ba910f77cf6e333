DAY = "1962-04-26"
SENTS = [
 ("The United States set off a nuclear device in the air near Christmas Island on Wednesday, ending a three-year pause in American tests in the atmosphere.", [], []),
 ("The bomb was dropped from a B-52 and burst high over the Pacific.", [], []),
 ("Moscow called the American explosion a crime against humanity and said the Soviet Union would resume its own tests.", ["SUN CONDEMNS USA"], []),
 ("Britain, which lent the island for the series, said the West had been forced into it by the Soviet tests of last autumn.", [], ["GBR SUPPORTS USA", "GBR CONDEMNS SUN"]),
 ("Demonstrators marched on American embassies in London and Tokyo.", [], []),
 ("Tokyo, mindful of Bikini, sent a note of protest to the State Department.", ["JPN CONDEMNS USA"], []),
]
