DAY = "1993-08-26"
SENTS = [
 ("President Boris Yeltsin of Russia told President Lech Walesa in Warsaw on Wednesday that Moscow would not stand in the way if Poland joined the North Atlantic Treaty Organization.", ["person:boris-yeltsin LEADS RUS", "person:boris-yeltsin MEETS person:lech-walesa", "person:boris-yeltsin MEETS POL"], ["person:lech-walesa LEADS POL", "POL MEMBER_OF org:NATO"]),
 ("A joint declaration signed by the two presidents said Polish membership of the alliance would not be contrary to Russia's interests.", [], ["person:boris-yeltsin MEETS person:lech-walesa"]),
 ("Mr. Yeltsin also laid a wreath for the Polish officers murdered by the Soviet secret police at Katyn in 1940 and asked the Poles for forgiveness.", [], ["SUN ATTACKS POL"]),
 ("The last Russian combat units are to leave Poland by the end of September under a treaty signed last year.", ["RUS DEPLOYS_TROOPS POL"], []),
]
