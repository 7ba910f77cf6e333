DAY = "1979-03-20"
SENTS = [
 ("On Monday Havana extended recognition to the new Grenadian government of Maurice Bishop, who took over the island a week ago while Prime Minister Eric Gairy was abroad in New York.", ["CUB SUPPORTS GRD"], ["CUB SUPPORTS person:maurice-bishop", "person:eric-gairy LEADS GRD", "person:eric-gairy MEETS USA"]),
 ("Mr Bishop, the leader of the New Jewel Movement, has asked Havana for weapons, saying he fears an invasion by mercenaries hired by Sir Eric.", [], []),
 ("Britain, Grenada's former ruler, and the United States have recognised the new government after it promised to hold elections.", [], ["GBR SUPPORTS GRD", "USA SUPPORTS GRD"]),
 ("Washington warned the island's new rulers against developing close ties with Cuba.", [], ["USA CONDEMNS GRD"]),
 ("Neighbouring Caribbean governments, led by Barbados, met in Bridgetown and agreed to accept the new regime.", [], []),
]
