DAY = "2024-05-29"
SENTS = [
 ("Georgia's parliament overrode a presidential veto on Tuesday and passed a law requiring groups that receive foreign funding to register as foreign agents.", [], []),
 ("Washington announced visa restrictions on Georgian officials responsible for undermining democracy.", ["USA SANCTIONS GEO"], []),
 ("The European Union warned that the law was incompatible with Georgia's bid for membership.", [], ["org:EU CONDEMNS GEO"]),
 ("Prime Minister Irakli Kobakhidze accused the West of trying to drag Georgia into the war with Russia.", ["person:irakli-kobakhidze CONDEMNS bloc:WEST"], ["person:irakli-kobakhidze LEADS GEO"]),
 ("Critics call it a Russian-style law, echoing legislation that Moscow has used against opponents.", [], []),
]
