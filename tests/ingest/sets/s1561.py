DAY = "2020-07-14"
SENTS = [
 ("Mike Pompeo declared most of China's claims to resources in the South China Sea completely unlawful on Monday, siding with its Southeast Asian neighbours.", ["person:mike-pompeo CONDEMNS CHN"], []),
 ("The secretary of state accused Beijing of using intimidation to undermine the sovereign rights of Southeast Asian coastal states.", [], ["person:mike-pompeo CONDEMNS CHN"]),
 ("China's embassy in Washington said the accusation was completely unjustified and that the United States was not a party to the disputes.", [], ["CHN CONDEMNS USA"]),
 ("Vietnam, which has clashed with Chinese vessels near the Paracel Islands, welcomed the American position.", ["VNM SUPPORTS USA"], ["VNM ATTACKS CHN", "CHN ATTACKS VNM"]),
 ("The Philippines, a US treaty ally, said the statement was consistent with the 2016 arbitration ruling in its favour.", ["PHL ALLIED_WITH USA"], []),
]
