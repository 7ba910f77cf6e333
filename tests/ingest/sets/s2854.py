DAY = "1968-09-14"
SENTS = [
 ("Albania's parliament voted on Friday to quit the Warsaw Pact in protest against the invasion of Czechoslovakia by Soviet troops and those of four allies.", ["ALB CONDEMNS SUN", "ALB CONDEMNS org:WARSAW_PACT"], ["SUN ATTACKS CSK", "SUN DEPLOYS_TROOPS CSK", "ALB MEMBER_OF org:WARSAW_PACT", "SUN MEMBER_OF org:WARSAW_PACT"]),
 ("Tirana has taken no part in the alliance since 1961, when it sided with Peking in the quarrel with Moscow.", ["ALB SUPPORTS CHN"], []),
 ("Enver Hoxha, the Albanian party leader, called the Soviet leaders revisionist traitors.", ["person:enver-hoxha LEADS ALB", "person:enver-hoxha CONDEMNS SUN"], []),
 ("Some 200,000 Soviet, Polish, East German, Hungarian and Bulgarian soldiers remain in Czechoslovakia.", ["SUN DEPLOYS_TROOPS CSK", "POL DEPLOYS_TROOPS CSK", "DDR DEPLOYS_TROOPS CSK", "HUN DEPLOYS_TROOPS CSK", "BGR DEPLOYS_TROOPS CSK"], []),
]
