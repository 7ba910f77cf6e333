DAY = "1974-05-18"
SENTS = [
 ("India exploded its first nuclear device underground in the Rajasthan desert on Saturday, becoming the sixth country to carry out a nuclear test.", [], []),
 ("Prime Minister Indira Gandhi said the test was for peaceful purposes and that India had no intention of building nuclear weapons.", [], ["person:indira-gandhi LEADS IND"]),
 ("Pakistan's Prime Minister Zulfikar Ali Bhutto called the explosion a fateful development and said Pakistan would never be intimidated by India's nuclear blackmail.", ["person:zulfikar-ali-bhutto LEADS PAK", "person:zulfikar-ali-bhutto CONDEMNS IND"], ["PAK CONDEMNS IND"]),
 ("Canada, which supplied the reactor that produced the plutonium, suspended nuclear cooperation with India.", ["CAN SANCTIONS IND"], ["CAN TRADES_WITH IND", "CAN SUPPORTS IND"]),
 ("The Soviet Union, India's closest ally, made no comment.", ["SUN ALLIED_WITH IND"], []),
]
