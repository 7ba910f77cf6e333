DAY = "2025-06-25"
SENTS = [
 ("Britain, Italy and Japan are jointly developing a sixth-generation fighter under the Global Combat Air Programme, due to enter service in 2035.", [], ["GBR ALLIED_WITH ITA", "GBR ALLIED_WITH JPN", "ITA ALLIED_WITH JPN"]),
 ("Saudi Arabia has sought to join the programme, but Tokyo has been reluctant.", [], []),
 ("France, Germany and Spain are building a rival jet, though the project has been slowed by disputes between Dassault and Airbus.", [], ["FRA ALLIED_WITH DEU", "FRA ALLIED_WITH ESP", "DEU ALLIED_WITH ESP"]),
 ("Japan's defence minister visited Rome in May to discuss the programme with Guido Crosetto.", ["JPN MEETS ITA"], []),
 ("Tokyo relaxed its rules on arms exports last year so that it could sell the jet to third countries.", [], []),
]
