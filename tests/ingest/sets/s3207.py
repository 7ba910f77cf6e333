DAY = "1979-03-06"
SENTS = [
 ("China announced on Monday that its forces had taken Lang Son and would now start withdrawing from Vietnam, having taught Hanoi a lesson.", ["CHN ATTACKS VNM", "CHN DEPLOYS_TROOPS VNM"], []),
 ("Hanoi said the invaders would be harried until the last of them had gone home.", [], ["VNM ATTACKS CHN"]),
 ("The Soviet Union, bound to Vietnam by a friendship treaty since November, had airlifted weapons to Hanoi but stayed out of the fighting.", ["SUN ALLIED_WITH VNM", "SUN SUPPLIES_ARMS VNM"], []),
 ("Deng Xiaoping said the campaign had punished Vietnam for its occupation of Cambodia.", [], ["VNM DEPLOYS_TROOPS KHM", "VNM ATTACKS KHM", "person:deng-xiaoping CONDEMNS VNM", "person:deng-xiaoping LEADS CHN", "CHN ATTACKS VNM"]),
]
