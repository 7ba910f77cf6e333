DAY = "2010-11-23"
SENTS = [
 ("North Korean artillery shelled the South Korean island of Yeonpyeong on Tuesday, killing two marines and setting dozens of houses on fire.", ["PRK ATTACKS KOR"], []),
 ("South Korea returned fire with K9 howitzers and scrambled F-16 fighter jets, and President Lee Myung-bak ordered the military to respond sternly to any further provocation.", [], ["KOR ATTACKS PRK", "person:lee-myung-bak LEADS KOR"]),
 ("The attack came eight months after a South Korean warship, the Cheonan, was sunk by a torpedo that an international investigation concluded had been fired by a North Korean submarine.", [], ["PRK ATTACKS KOR"]),
 ("China, North Korea's main ally and largest trading partner, called on both sides to show restraint, drawing criticism from Seoul and Washington.", ["CHN ALLIED_WITH PRK", "CHN TRADES_WITH PRK", "KOR CONDEMNS CHN", "USA CONDEMNS CHN"], []),
 ("The United States, which keeps about 28,500 troops in South Korea, said it would send the aircraft carrier George Washington to the Yellow Sea for joint exercises with the South Korean navy.", ["USA DEPLOYS_TROOPS KOR"], ["USA ALLIED_WITH KOR"]),
]
