DAY = "2023-09-11"
SENTS = [
 ("Joe Biden arrived in Hanoi on Sunday and signed a comprehensive strategic partnership with Vietnam's Communist Party chief Nguyen Phu Trong.", ["person:joe-biden MEETS VNM", "person:joe-biden MEETS person:nguyen-phu-trong", "USA ALLIED_WITH VNM"], ["person:nguyen-phu-trong LEADS VNM", "person:joe-biden ALLIED_WITH VNM", "person:joe-biden ALLIED_WITH person:nguyen-phu-trong"]),
 ("The upgrade puts Washington on the same footing as China and Russia in Hanoi's diplomatic hierarchy.", [], ["CHN ALLIED_WITH VNM", "RUS ALLIED_WITH VNM"]),
 ("Vietnam, which fought a war against the United States until 1975, remains wary of Beijing's claims in the South China Sea.", ["VNM ATTACKS USA"], ["USA ATTACKS VNM"]),
 ("The two sides also agreed to cooperate on semiconductors and rare earth minerals.", [], ["USA TRADES_WITH VNM", "USA ALLIED_WITH VNM"]),
 ("Russia remains Vietnam's biggest supplier of weapons.", ["RUS SUPPLIES_ARMS VNM"], []),
]
