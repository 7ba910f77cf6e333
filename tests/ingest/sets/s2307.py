DAY = "2015-04-11"
SENTS = [
 ("Barack Obama and Raul Castro shook hands and sat down for talks in Panama City on Saturday, the first meeting between the leaders of the United States and Cuba in more than half a century.", ["person:barack-obama MEETS person:raul-castro"], ["person:barack-obama LEADS USA", "person:raul-castro LEADS CUB", "person:barack-obama MEETS PAN", "person:raul-castro MEETS PAN", "CUB MEETS USA"]),
 ("The two men met on the sidelines of the Summit of the Americas, which Cuba attended for the first time.", [], ["person:barack-obama MEETS person:raul-castro"]),
 ("Obama said the United States would no longer meddle in the affairs of other countries in the hemisphere.", [], []),
 ("Castro, who succeeded his brother Fidel as president of Cuba in 2008, said Obama was an honest man but listed a century of American wrongs against the island.", ["person:raul-castro LEADS CUB", "person:raul-castro CONDEMNS USA"], ["person:fidel-castro LEADS CUB"]),
 ("Venezuela's president, Nicolas Maduro, denounced American sanctions imposed last month on seven Venezuelan officials.", ["person:nicolas-maduro LEADS VEN", "person:nicolas-maduro CONDEMNS USA"], ["USA SANCTIONS VEN"]),
 ("The State Department is expected to recommend soon that Cuba be removed from the American list of state sponsors of terrorism.", [], ["USA CONDEMNS CUB"]),
]
