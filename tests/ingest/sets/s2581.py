DAY = "2008-06-20"
SENTS = [
 ("European Union foreign ministers agreed on Thursday to lift the diplomatic sanctions they imposed on Cuba in 2003 after a crackdown on dissidents.", [], ["org:EU SANCTIONS CUB"]),
 ("The measures, which limited high-level visits to Havana, had been suspended since 2005.", [], []),
 ("Spain, Cuba's largest European investor, had pressed for the decision since Raul Castro replaced his ailing brother Fidel as president in February.", ["ESP TRADES_WITH CUB", "person:raul-castro LEADS CUB"], ["ESP SUPPORTS CUB"]),
 ("Sweden and the Czech Republic had insisted on a review of Havana's human rights record in a year.", [], ["SWE CONDEMNS CUB", "CZE CONDEMNS CUB"]),
 ("The United States, which has kept an embargo on Cuba since 1962, said the Castro government had done nothing to deserve the move.", ["USA SANCTIONS CUB", "USA CONDEMNS CUB"], []),
]
