DAY = "1999-03-25"
SENTS = [
 ("NATO launched air strikes against Yugoslavia on Wednesday night, the first attack on a sovereign European country in the alliance's 50-year history.", ["org:NATO ATTACKS YUG"], []),
 ("Slobodan Milosevic, the Yugoslav president, had refused to sign a peace plan for Kosovo that would have allowed NATO troops into the province.", ["person:slobodan-milosevic LEADS YUG"], []),
 ("Russia, Serbia's traditional ally, condemned the bombing as an act of open aggression and suspended its cooperation with NATO.", ["RUS ALLIED_WITH SRB"], ["RUS CONDEMNS org:NATO"]),
 ("Boris Yeltsin recalled Russia's chief military representative from NATO headquarters in Brussels.", [], ["person:boris-yeltsin LEADS RUS", "RUS CONDEMNS org:NATO"]),
 ("Britain, France, Germany and the United States all contributed aircraft to the bombing of Yugoslav army and police targets.", ["GBR ATTACKS YUG", "FRA ATTACKS YUG", "DEU ATTACKS YUG", "USA ATTACKS YUG"], []),
]
