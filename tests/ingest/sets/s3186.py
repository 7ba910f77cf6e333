DAY = "1986-12-02"
SENTS = [
 ("Lieutenant Colonel Desi Bouterse accused the Netherlands and France of sheltering the guerrillas of Ronnie Brunswijk, whose Jungle Commando has taken several towns in eastern Suriname.", ["person:desi-bouterse CONDEMNS NLD", "person:desi-bouterse CONDEMNS FRA"], ["person:desi-bouterse LEADS SUR"]),
 ("Thousands of villagers have fled across the Marowijne River into French Guiana, where Paris has reinforced its garrison.", [], []),
 ("Suriname's army, which took delivery of armoured cars from Brazil last year, shelled the mining town of Moengo on Monday.", ["BRA SUPPLIES_ARMS SUR"], []),
 ("The Dutch foreign minister, Hans van den Broek, said The Hague would not restore its aid while soldiers ran the country.", [], ["NLD SANCTIONS SUR"]),
 ("Libya was reported to have offered Colonel Bouterse weapons and military instructors.", [], ["LBY SUPPORTS person:desi-bouterse", "LBY SUPPLIES_ARMS SUR"]),
]
