DAY = "2011-07-09"
SENTS = [
 ("South Sudan became the world's newest country on Saturday, six years after a peace deal ended decades of civil war with the north.", [], []),
 ("Sudan was the first state to recognise its southern neighbour, and President Omar al-Bashir attended the independence ceremony in Juba.", ["SDN SUPPORTS SSD", "person:omar-al-bashir MEETS SSD"], ["person:omar-al-bashir LEADS SDN"]),
 ("UN Secretary-General Ban Ki-moon and dozens of African leaders also attended, and the United States said it would open an embassy there.", [], ["person:ban-ki-moon LEADS org:UN", "person:ban-ki-moon MEETS SSD"]),
 ("China, the biggest buyer of Sudanese oil, pledged to maintain good relations with both countries.", ["CHN TRADES_WITH SDN"], []),
 ("Most of the oil lies in the south, but South Sudan depends on Sudan's pipeline to export it.", ["SSD TRADES_WITH SDN"], []),
]
