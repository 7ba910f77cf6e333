DAY = "1998-10-27"
SENTS = [
 ("President Jamil Mahuad of Ecuador and President Alberto Fujimori of Peru signed a treaty in Brasilia on Monday ending their countries' long border dispute.", ["person:jamil-mahuad LEADS ECU", "person:alberto-fujimori LEADS PER"], ["person:jamil-mahuad MEETS person:alberto-fujimori", "ECU MEETS PER", "person:jamil-mahuad MEETS BRA", "person:alberto-fujimori MEETS BRA"]),
 ("The treaty gives Ecuador a square kilometre of land at Tiwintza, where its troops fought Peruvian forces in 1995, as private property.", [], ["ECU ATTACKS PER", "PER ATTACKS ECU"]),
 ("Three years of talks under the eye of four guarantor states preceded the signing.", [], []),
 ("King Juan Carlos of Spain flew in for the ceremony, held at the Itamaraty palace in Brasilia.", ["person:juan-carlos-i LEADS ESP", "person:juan-carlos-i MEETS BRA"], []),
]
