DAY = "1953-10-02"
SENTS = [
 ("Secretary of State John Foster Dulles and Foreign Minister Pyun Yung Tai signed a mutual defence treaty between the United States and South Korea in Washington on Thursday.", ["USA ALLIED_WITH KOR", "person:john-foster-dulles MEETS person:pyun-yung-tai"], ["USA MEETS KOR"]),
 ("The treaty allows the United States to station its land, air and sea forces in and about the territory of the Republic of Korea.", [], ["USA DEPLOYS_TROOPS KOR"]),
 ("President Syngman Rhee, who had threatened to fight on alone after the armistice in July, called the pact the greatest blessing for his country.", [], ["person:syngman-rhee LEADS KOR"]),
 ("American aid to South Korea will total about a billion dollars over the next three years.", ["USA SUPPORTS KOR"], []),
 ("Pyongyang's broadcasts described the alliance as a scheme for fresh aggression.", [], ["PRK CONDEMNS USA", "PRK CONDEMNS KOR"]),
]
