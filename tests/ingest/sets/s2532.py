DAY = "2016-09-24"
SENTS = [
 ("India signed a deal on Friday to buy 36 Rafale fighter jets from France for about 7.9 billion euros, ending years of negotiations.", ["FRA SUPPLIES_ARMS IND"], []),
 ("Defence Minister Manohar Parrikar and his French counterpart, Jean-Yves Le Drian, signed the agreement in New Delhi.", [], ["person:manohar-parrikar MEETS person:jean-yves-le-drian", "person:jean-yves-le-drian MEETS IND"]),
 ("The jets, built by Dassault Aviation, will replace ageing Soviet-era MiG fighters in the Indian air force.", [], ["SUN SUPPLIES_ARMS IND", "RUS SUPPLIES_ARMS IND"]),
 ("India is the world's largest arms importer and has long relied on Russia for most of its weapons.", ["RUS SUPPLIES_ARMS IND"], []),
 ("Pakistan, India's rival, flies Chinese-designed JF-17 fighters and American F-16s.", ["CHN SUPPLIES_ARMS PAK", "USA SUPPLIES_ARMS PAK"], []),
]
