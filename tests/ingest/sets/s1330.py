DAY = "2025-02-03"
SENTS = [
 ("Poland and the Baltic states have begun building fortifications along their borders with Russia and Belarus under Poland's East Shield programme.", [], []),
 ("Lithuania, Latvia, Estonia and Finland announced in the summer that they would withdraw from the Ottawa treaty banning anti-personnel landmines.", [], []),
 ("Warsaw accuses Minsk of pushing migrants across the border as part of a hybrid attack orchestrated with Moscow.", ["POL CONDEMNS BLR"], ["POL CONDEMNS RUS"]),
 ("Belarus denies the accusations and says Poland is militarising the border.", [], ["BLR CONDEMNS POL"]),
 ("Germany has sent soldiers to help Poland build the fortifications.", ["DEU DEPLOYS_TROOPS POL"], ["DEU SUPPORTS POL"]),
]
