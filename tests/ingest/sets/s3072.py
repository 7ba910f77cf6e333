DAY = "1970-11-13"
SENTS = [
 ("Chile restored diplomatic relations with Cuba on Thursday, breaking the boycott that the Organization of American States imposed on Fidel Castro's government in 1964.", ["org:OAS SANCTIONS CUB"], ["CHL SUPPORTS CUB", "CHL MEETS CUB", "org:OAS SANCTIONS person:fidel-castro"]),
 ("President Salvador Allende, a Marxist who took office on November 3, said Chile would trade with all countries regardless of their politics.", [], ["person:salvador-allende LEADS CHL"]),
 ("Washington voiced regret at Santiago's step, which it said broke the hemisphere's collective commitments.", ["USA CONDEMNS CHL"], []),
 ("Cuba sent a trade delegation to Santiago within days to discuss sugar sales.", ["CUB MEETS CHL"], ["CUB TRADES_WITH CHL"]),
 ("Castro, who has aided guerrilla movements across Latin America, praised Allende as a man of courage.", ["person:fidel-castro SUPPORTS person:salvador-allende"], []),
]
