DAY = "1973-09-12"
SENTS = [
 ("Chile's armed forces overthrew the government of President Salvador Allende on Tuesday, bombing the presidential palace in Santiago with fighter jets.", [], ["person:salvador-allende LEADS CHL"]),
 ("A military junta led by army commander Augusto Pinochet declared a state of siege.", [], ["person:augusto-pinochet LEADS CHL"]),
 ("Cuba, whose leader Fidel Castro was a close friend of Allende, condemned the coup.", [], ["person:fidel-castro LEADS CUB", "CUB CONDEMNS CHL"]),
 ("The Soviet Union broke off diplomatic relations with Santiago a few days later.", [], ["SUN CONDEMNS CHL"]),
 ("Washington denied any role in the takeover, although it had cut economic aid to Chile after Allende took office.", [], ["USA SANCTIONS CHL"]),
]
