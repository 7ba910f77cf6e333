DAY = "1979-02-18"
SENTS = [
 ("Chinese troops backed by tanks and artillery attacked Vietnam along the length of their border on Saturday, in what Beijing called a counterattack in self-defence.", ["CHN ATTACKS VNM"], []),
 ("Hanoi said the invaders had penetrated up to 10 kilometres into its territory and called on the world to condemn Chinese aggression.", ["VNM CONDEMNS CHN"], ["CHN ATTACKS VNM"]),
 ("The Soviet Union, which signed a treaty of friendship and cooperation with Vietnam in November, demanded that China withdraw its troops immediately.", ["SUN ALLIED_WITH VNM"], ["CHN DEPLOYS_TROOPS VNM", "SUN CONDEMNS CHN"]),
 ("China says the offensive is meant to punish Vietnam for its invasion of Cambodia in December and for attacks on Chinese border villages.", ["VNM ATTACKS KHM"], ["CHN CONDEMNS VNM", "VNM ATTACKS CHN"]),
 ("The United States urged China to pull back and called on Vietnam to withdraw its forces from Cambodia.", [], ["USA CONDEMNS CHN", "USA CONDEMNS VNM", "VNM DEPLOYS_TROOPS KHM"]),
]
