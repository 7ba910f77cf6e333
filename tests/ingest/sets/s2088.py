DAY = "2009-04-02"
SENTS = [
 ("Albania and Croatia formally became members of NATO on Wednesday, days before the alliance's 60th anniversary summit in Strasbourg and Kehl.", ["ALB MEMBER_OF org:NATO", "HRV MEMBER_OF org:NATO"], []),
 ("The two countries deposited their instruments of accession with the State Department in Washington.", [], []),
 ("Macedonia's entry was blocked by Greece, which objects to its northern neighbour's use of the name.", ["GRC VETOES MKD"], ["GRC CONDEMNS MKD"]),
 ("NATO Secretary General Jaap de Hoop Scheffer said the door remained open to Ukraine and Georgia.", ["person:jaap-de-hoop-scheffer LEADS org:NATO"], ["org:NATO SUPPORTS UKR", "org:NATO SUPPORTS GEO"]),
 ("Russia, which opposes the alliance's expansion, did not comment.", [], ["RUS CONDEMNS org:NATO"]),
]
