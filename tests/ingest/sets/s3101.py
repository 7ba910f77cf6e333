DAY = "1974-01-21"
SENTS = [
 ("Chinese troops landed on the Paracel Islands on Sunday and took control of the archipelago after a naval battle in which South Vietnam lost a gunboat and dozens of sailors.", ["CHN ATTACKS RVN"], []),
 ("Saigon denounced the attack as naked aggression by Peking and appealed for an urgent session of the Security Council.", ["RVN CONDEMNS CHN"], []),
 ("President Nguyen Van Thieu said the islands had belonged to Vietnam for centuries and that his government would never give them up.", [], ["person:nguyen-van-thieu LEADS RVN"]),
 ("Washington, which has withdrawn its last combat troops from South Vietnam, said the United States would not be drawn into the dispute and declined a request to send the Seventh Fleet.", [], ["USA DEPLOYS_TROOPS RVN"]),
 ("North Vietnam, which depends on Chinese aid, made no comment.", ["CHN SUPPORTS VDR"], []),
]
