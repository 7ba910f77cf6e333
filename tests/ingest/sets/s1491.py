DAY = "2016-10-20"
SENTS = [
 ("Philippine President Rodrigo Duterte announced his separation from the United States during a state visit to Beijing on Thursday.", ["person:rodrigo-duterte LEADS PHL", "person:rodrigo-duterte MEETS CHN"], []),
 ("Xi Jinping welcomed Duterte at the Great Hall of the People, and the two sides signed deals worth $13.5 billion.", ["person:xi-jinping MEETS person:rodrigo-duterte"], ["CHN TRADES_WITH PHL", "person:rodrigo-duterte MEETS CHN"]),
 ("Duterte, who has called Barack Obama a son of a whore, said he would no longer hold joint military exercises with the Americans.", ["person:rodrigo-duterte CONDEMNS person:barack-obama"], ["PHL ALLIED_WITH USA"]),
 ("Washington, a treaty ally of Manila since 1951, said it had received no request to change the relationship.", ["USA ALLIED_WITH PHL"], []),
 ("China agreed to let Filipino fishermen return to the Scarborough Shoal, which its coast guard had seized in 2012.", [], []),
]
