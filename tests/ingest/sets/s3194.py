DAY = "1974-04-16"
SENTS = [
 ("Army officers under Lieutenant Colonel Seyni Kountche toppled President Hamani Diori of Niger on Monday after a night of shooting around the palace in Niamey.", ["person:hamani-diori LEADS NER"], ["person:seyni-kountche LEADS NER"]),
 ("Several hundred French soldiers are based in Niamey under a defence accord, but Paris let them stay in barracks.", ["FRA DEPLOYS_TROOPS NER"], ["FRA ALLIED_WITH NER"]),
 ("Mr. Diori had been among Paris's most faithful friends in Africa and a founder of the community of French-speaking nations.", [], ["person:hamani-diori ALLIED_WITH FRA", "NER ALLIED_WITH FRA"]),
 ("The military council promised to respect Niger's treaties and appealed for more grain to fight the drought.", [], []),
]
