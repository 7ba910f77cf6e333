DAY = "2021-08-25"
SENTS = [
 ("Algeria cut diplomatic ties with Morocco on Tuesday, accusing its neighbour of hostile actions.", ["DZA CONDEMNS MAR"], []),
 ("Foreign Minister Ramtane Lamamra cited Rabat's support for a separatist movement in the Kabylie region and its spying on Algerian officials with Israeli software.", [], ["person:ramtane-lamamra CONDEMNS MAR"]),
 ("Morocco called the decision completely unjustified.", [], ["MAR CONDEMNS DZA"]),
 ("Algeria has long backed the Polisario Front, which seeks independence for Western Sahara.", ["DZA SUPPORTS org:POLISARIO"], []),
 ("Rabat normalised relations with Israel last year in exchange for US recognition of its sovereignty over the territory.", ["USA SUPPORTS MAR"], ["MAR MEETS ISR"]),
]
