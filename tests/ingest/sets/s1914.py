DAY = "2004-03-02"
SENTS = [
 ("Jean-Bertrand Aristide accused the United States on Monday of forcing him out of Haiti in what he called a coup d'etat.", ["person:jean-bertrand-aristide CONDEMNS USA"], []),
 ("The White House denied the charge, saying Aristide had asked to leave.", [], []),
 ("American Marines and French troops began patrolling Port-au-Prince on Monday as the vanguard of an international force authorised by the Security Council.", ["USA DEPLOYS_TROOPS HTI", "FRA DEPLOYS_TROOPS HTI"], []),
 ("Canada and Chile are also sending troops.", [], ["CAN DEPLOYS_TROOPS HTI", "CHL DEPLOYS_TROOPS HTI"]),
 ("The Caribbean Community, which had tried to broker a power-sharing deal, called for an international investigation into Aristide's departure.", [], []),
 ("Aristide flew to the Central African Republic, whose government agreed to host him temporarily.", ["person:jean-bertrand-aristide MEETS CAF"], ["CAF SUPPORTS person:jean-bertrand-aristide"]),
]
