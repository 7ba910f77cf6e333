DAY = "2014-10-31"
SENTS = [
 ("Sweden on Thursday became the first long-standing member of the European Union to recognise a Palestinian state, a month after its new centre-left government took office.", ["SWE SUPPORTS PSE"], []),
 ("Israel summoned Sweden's ambassador in protest and recalled its own envoy from Stockholm for consultations.", ["ISR CONDEMNS SWE"], []),
 ("Palestinian President Mahmoud Abbas praised Sweden's decision as brave and historic and urged other European countries to follow.", ["person:mahmoud-abbas SUPPORTS SWE", "person:mahmoud-abbas LEADS PSE"], []),
 ("Washington had called the Swedish plan premature.", ["USA CONDEMNS SWE"], []),
 ("Swedish Foreign Minister Margot Wallstrom said the recognition was meant to make the two sides less unequal in negotiations.", [], []),
]
