DAY = "2011-12-21"
SENTS = [
 ("The Mercosur trade bloc agreed on Tuesday to bar ships flying the flag of the Falkland Islands from its members' ports, in support of Argentina's claim to the British-ruled islands.", ["org:MERCOSUR SUPPORTS ARG"], ["org:MERCOSUR SANCTIONS GBR"]),
 ("Uruguayan President Jose Mujica, who hosted the summit in Montevideo, said Latin America stood with Argentina on the Malvinas.", ["person:jose-mujica LEADS URY"], ["person:jose-mujica SUPPORTS ARG", "person:jose-mujica MEETS URY"]),
 ("Britain said it would protest to Brazil, Uruguay and Paraguay, and that attempts to blockade the islanders' economy would not succeed.", [], ["GBR CONDEMNS BRA", "GBR CONDEMNS URY", "GBR CONDEMNS PRY"]),
 ("President Cristina Fernandez de Kirchner thanked her neighbours and said Argentina would keep pursuing its claim peacefully at the United Nations.", [], ["person:cristina-fernandez-de-kirchner LEADS ARG"]),
 ("Brazil's President Dilma Rousseff signed the declaration along with the leaders of Argentina, Uruguay and Paraguay.", ["person:dilma-rousseff LEADS BRA"], []),
]
