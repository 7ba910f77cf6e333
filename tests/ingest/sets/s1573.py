DAY = "2022-03-26"
SENTS = [
 ("Joe Biden said in a speech in Warsaw on Saturday that Vladimir Putin cannot remain in power.", ["person:joe-biden CONDEMNS person:vladimir-putin", "person:joe-biden MEETS POL"], []),
 ("Earlier Biden met Ukraine's foreign and defence ministers, who had travelled to the Polish capital.", [], ["person:joe-biden MEETS UKR"]),
 ("He also visited American troops stationed in the eastern city of Rzeszow, near the border with Ukraine.", [], ["USA DEPLOYS_TROOPS POL"]),
 ("Poland has taken in more than two million Ukrainian refugees since Russia invaded its neighbour.", ["RUS ATTACKS UKR"], ["POL SUPPORTS UKR"]),
 ("The Kremlin said it was not up to the US president to decide who governs Russia.", [], ["RUS CONDEMNS person:joe-biden"]),
]
