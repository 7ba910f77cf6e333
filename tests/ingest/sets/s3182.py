DAY = "1987-10-17"
SENTS = [
 ("Captain Blaise Compaore, who helped Thomas Sankara to power four years ago, announced on Thursday that he had overthrown him, and the new rulers said Mr. Sankara had been killed.", [], ["person:thomas-sankara LEADS BFA", "person:blaise-compaore LEADS BFA", "person:blaise-compaore SUPPORTS person:thomas-sankara"]),
 ("Ghana's leader, Flight Lieutenant Jerry Rawlings, a close friend of Mr. Sankara, declared a week of national mourning.", ["person:jerry-rawlings LEADS GHA"], []),
 ("Libya, which had sent arms to Ouagadougou after the 1983 revolution, said it would keep close ties with the new government.", ["LBY SUPPLIES_ARMS BFA"], ["LBY SUPPORTS BFA"]),
 ("France, which gives Burkina Faso about $50 million a year in aid, made no comment.", ["FRA SUPPORTS BFA"], []),
]
