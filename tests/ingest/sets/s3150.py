DAY = "1991-10-09"
SENTS = [
 ("The Organization of American States voted on Tuesday to impose a trade embargo on Haiti until the military restores the Rev. Jean-Bertrand Aristide, who was overthrown last week.", ["org:OAS SANCTIONS HTI"], ["person:jean-bertrand-aristide LEADS HTI"]),
 ("Father Aristide, who has been living in Caracas as the guest of President Carlos Andres Perez, told the ministers in Washington that the embargo must be total.", [], ["person:carlos-andres-perez LEADS VEN", "person:carlos-andres-perez SUPPORTS person:jean-bertrand-aristide", "person:jean-bertrand-aristide MEETS USA", "VEN SUPPORTS person:jean-bertrand-aristide"]),
 ("Washington had already halted $84 million in assistance and frozen Haitian government assets held in American banks.", ["USA SANCTIONS HTI"], []),
 ("France and Canada, which give Haiti most of its remaining aid, suspended their programmes.", ["FRA SUPPORTS HTI", "CAN SUPPORTS HTI"], ["FRA SANCTIONS HTI", "CAN SANCTIONS HTI"]),
]
