DAY = "1951-07-11"
SENTS = [
 ("Truce talks opened on Tuesday at Kaesong, the old Korean capital, between delegations of the two armies.", [], []),
 ("Vice Admiral C. Turner Joy led the United Nations delegation, and the North Korean general Nam Il spoke for the Communist side, which includes Chinese generals.", [], []),
 ("Peking has some 500,000 troops in North Korea, fighting under the name of Chinese People's Volunteers.", ["CHN DEPLOYS_TROOPS PRK"], []),
 ("The Soviet delegate Jacob Malik proposed the ceasefire talks in a radio speech last month.", [], []),
 ("Sixteen nations have sent troops to fight under the United Nations flag, the largest contingents coming from the United States, Britain and Turkey.", [], ["USA DEPLOYS_TROOPS KOR", "GBR DEPLOYS_TROOPS KOR", "TUR DEPLOYS_TROOPS KOR"]),
]
