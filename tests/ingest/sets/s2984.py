DAY = "1960-11-12"
SENTS = [
 ("Paratroopers who rose against President Ngo Dinh Diem surrendered in Saigon today after loyal units brought in from the Mekong Delta surrounded them.", [], ["person:ngo-dinh-diem LEADS RVN"]),
 ("The rebels had besieged the presidential palace for thirty hours and demanded a new government.", [], []),
 ("American officials said the United States, which has 685 military advisers in South Vietnam, had taken no part in the revolt.", ["USA DEPLOYS_TROOPS RVN"], []),
 ("Hanoi radio said the revolt showed the hatred of the South Vietnamese people for the Diem regime and its American masters.", [], ["VDR CONDEMNS USA", "VDR CONDEMNS person:ngo-dinh-diem"]),
 ("The State Department expressed satisfaction that the legal Government had been restored.", [], ["USA SUPPORTS RVN"]),
]
