DAY = "1978-11-04"
SENTS = [
 ("Moscow and Hanoi bound themselves on Friday to consult each other should either be attacked, in a treaty of friendship and cooperation meant to last 25 years.", ["SUN ALLIED_WITH VNM"], ["VNM MEETS SUN"]),
 ("The treaty was signed by Leonid Brezhnev and the Vietnamese Communist Party leader, Le Duan, who has been in Moscow with Prime Minister Pham Van Dong since Wednesday.", ["person:le-duan MEETS SUN", "person:pham-van-dong MEETS SUN"], ["SUN ALLIED_WITH VNM", "person:leonid-brezhnev MEETS person:le-duan", "person:leonid-brezhnev LEADS SUN", "person:le-duan LEADS VNM", "person:pham-van-dong LEADS VNM", "person:leonid-brezhnev MEETS person:pham-van-dong", "person:le-duan MEETS person:leonid-brezhnev"]),
 ("China, which has accused Hanoi of persecuting ethnic Chinese and cut off its aid to Vietnam in July, denounced the pact as a threat to peace in Asia.", ["CHN CONDEMNS VNM"], ["CHN SANCTIONS VNM", "CHN CONDEMNS SUN"]),
 ("Vietnam joined Comecon, the Soviet-led economic bloc, in June.", ["VNM MEMBER_OF org:COMECON"], []),
 ("Moscow has supplied Hanoi with most of its weapons since the war against the United States.", ["SUN SUPPLIES_ARMS VNM"], ["VNM ATTACKS USA", "USA ATTACKS VNM"]),
 ("Western diplomats said the treaty gave Vietnam a free hand in its border war with Cambodia, whose Khmer Rouge government is backed by Beijing.", ["CHN SUPPORTS KHM"], ["VNM ATTACKS KHM", "KHM ATTACKS VNM"]),
]
