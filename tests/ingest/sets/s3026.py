DAY = "1953-10-10"
SENTS = [
 ("Britain and the United States announced that they would withdraw their troops from Zone A of Trieste and hand its administration to Italy.", [], ["USA SUPPORTS ITA", "GBR SUPPORTS ITA"]),
 ("Marshal Tito said Yugoslavia would treat the entry of Italian troops into the zone as an act of aggression.", [], ["person:josip-broz-tito CONDEMNS ITA", "YUG CONDEMNS ITA", "person:josip-broz-tito LEADS YUG"]),
 ("Yugoslavia protested to Washington and London and moved troops toward the border.", ["YUG CONDEMNS USA", "YUG CONDEMNS GBR"], []),
 ("Italy's Premier, Giuseppe Pella, welcomed the decision as an act of justice.", ["person:giuseppe-pella LEADS ITA"], ["person:giuseppe-pella SUPPORTS USA", "person:giuseppe-pella SUPPORTS GBR"]),
 ("The Soviet Union accused the Western powers of violating the peace treaty with Italy.", ["SUN CONDEMNS bloc:WEST"], []),
]
