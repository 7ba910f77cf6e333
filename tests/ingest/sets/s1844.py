DAY = "2021-11-22"
SENTS = [
 ("China downgraded its diplomatic relations with Lithuania on Sunday to the level of charge d'affaires in protest at the opening of a Taiwanese Representative Office in Vilnius.", ["CHN CONDEMNS LTU"], []),
 ("Beijing said Lithuania had abandoned its commitment to the one-China principle and had grossly interfered in China's internal affairs.", [], ["CHN CONDEMNS LTU"]),
 ("Other countries host Taiwanese offices under the name of the city of Taipei, to avoid angering Beijing.", [], []),
 ("China has already recalled its ambassador from Vilnius and stopped freight trains to Lithuania.", [], ["CHN CONDEMNS LTU", "CHN SANCTIONS LTU"]),
 ("The United States and the European Union have expressed support for Lithuania.", ["USA SUPPORTS LTU", "org:EU SUPPORTS LTU"], []),
 ("Lithuania's Foreign Minister Gabrielius Landsbergis said his country had the right to develop ties with Taiwan.", [], ["LTU SUPPORTS TWN"]),
]
