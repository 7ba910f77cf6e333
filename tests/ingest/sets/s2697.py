DAY = "1977-06-21"
SENTS = [
 ("Leonid I. Brezhnev, who became the Soviet head of state last week, began a three-day state visit to France on Monday, his first journey westward in the new role.", ["person:leonid-brezhnev MEETS FRA", "person:leonid-brezhnev LEADS SUN"], ["SUN MEETS FRA"]),
 ("President Valery Giscard d'Estaing greeted him at Orly airport and the two leaders drove together into the capital.", ["person:valery-giscard-d-estaing MEETS person:leonid-brezhnev"], ["person:valery-giscard-d-estaing LEADS FRA"]),
 ("In their talks at the Elysee Palace, the French president pressed his guest over the treatment of Soviet dissidents, French officials said.", [], []),
 ("Mr. Brezhnev replaced Nikolai Podgorny as chairman of the Presidium of the Supreme Soviet on Thursday.", [], ["person:leonid-brezhnev LEADS SUN"]),
]
