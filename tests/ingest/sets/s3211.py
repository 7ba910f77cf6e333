DAY = "1956-10-20"
SENTS = [
 ("Japanese and Soviet leaders put their signatures in Moscow on Friday to a declaration that restores diplomatic relations and formally closes the war between their countries.", [], ["JPN MEETS SUN"]),
 ("Ichiro Hatoyama, Japan's Prime Minister, travelled to Moscow himself and settled the terms with Nikolai Bulganin.", ["person:ichiro-hatoyama LEADS JPN", "person:ichiro-hatoyama MEETS SUN", "person:ichiro-hatoyama MEETS person:nikolai-bulganin"], ["person:nikolai-bulganin LEADS SUN"]),
 ("Moscow promised to hand back the islands of Shikotan and the Habomais once a peace treaty is signed, and to stop blocking Japan's entry into the United Nations.", [], ["JPN MEMBER_OF org:UN", "SUN VETOES JPN"]),
 ("A Soviet veto had kept Tokyo out of the world body since 1952.", ["SUN VETOES JPN"], []),
]
