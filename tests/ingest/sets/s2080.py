DAY = "1975-04-30"
SENTS = [
 ("North Vietnamese tanks crashed through the gates of the presidential palace in Saigon on Wednesday, and the government of South Vietnam surrendered unconditionally.", ["VDR ATTACKS RVN"], ["VDR DEPLOYS_TROOPS RVN"]),
 ("President Duong Van Minh, who took office two days ago, announced the surrender on the radio.", [], ["person:duong-van-minh LEADS RVN"]),
 ("American helicopters evacuated the last Marines from the roof of the US embassy hours before the communist forces entered the city.", [], []),
 ("President Gerald Ford said the evacuation closed a chapter in the American experience.", [], ["person:gerald-ford LEADS USA"]),
 ("The Soviet Union and China, which armed Hanoi throughout the war, hailed the victory.", ["SUN SUPPLIES_ARMS VDR", "CHN SUPPLIES_ARMS VDR"], ["SUN SUPPORTS VDR", "CHN SUPPORTS VDR"]),
]
