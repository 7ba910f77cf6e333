DAY = "1971-02-09"
SENTS = [
 ("Thousands of South Vietnamese troops, backed by American helicopters and bombers, drove into southern Laos on Monday to cut the Ho Chi Minh Trail.", ["RVN DEPLOYS_TROOPS LAO"], ["USA SUPPORTS RVN", "RVN ATTACKS LAO"]),
 ("President Nguyen Van Thieu called the operation limited in time and space, and said its only aim was to destroy North Vietnamese supply lines and bases.", [], ["RVN ATTACKS VDR", "person:nguyen-van-thieu LEADS RVN"]),
 ("No American ground troops will cross into Laos, the State Department said, in keeping with a ban passed by Congress.", [], []),
 ("Prime Minister Souvanna Phouma of Laos protested the violation of his country's neutrality, but blamed North Vietnam, which has some 60,000 troops on Laotian soil.", ["person:souvanna-phouma LEADS LAO", "VDR DEPLOYS_TROOPS LAO", "person:souvanna-phouma CONDEMNS VDR"], ["person:souvanna-phouma CONDEMNS RVN"]),
 ("Peking said the Nixon administration bore the blame for a grave provocation against the Chinese people.", ["CHN CONDEMNS USA"], ["CHN CONDEMNS RVN"]),
]
