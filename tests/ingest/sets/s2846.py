DAY = "1957-07-25"
SENTS = [
 ("British forces are to help the Sultan of Muscat and Oman put down a revolt in the interior, the Foreign Office announced on Wednesday.", [], ["GBR SUPPORTS OMN", "GBR DEPLOYS_TROOPS OMN"]),
 ("Venom fighter-bombers of the Royal Air Force flew from Aden to rocket forts held by the rebels near Nizwa.", [], ["GBR DEPLOYS_TROOPS OMN"]),
 ("Saudi Arabia, which has armed and financed the rebel imam, accused Britain of aggression against the people of Oman.", ["SAU CONDEMNS GBR"], []),
 ("Radio Cairo said the bombing of Omani villages was one more crime of British imperialism.", ["EGY CONDEMNS GBR"], []),
 ("The Sultan, Said bin Taimur, is bound to London by a treaty of friendship signed in 1951.", [], ["OMN ALLIED_WITH GBR", "person:said-bin-taimur LEADS OMN"]),
]
