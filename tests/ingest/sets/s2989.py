DAY = "1949-06-30"
SENTS = [
 ("The last American combat troops left South Korea yesterday, leaving about 500 officers and men to train the Korean army.", ["USA DEPLOYS_TROOPS KOR"], []),
 ("President Syngman Rhee had asked Washington to keep the troops until his forces could defend the country alone.", [], ["person:syngman-rhee LEADS KOR"]),
 ("North Korean radio said the withdrawal was a trick and that American officers still commanded the puppet army.", [], ["PRK CONDEMNS USA"]),
 ("Soviet forces left North Korea last December, according to Moscow.", ["SUN DEPLOYS_TROOPS PRK"], []),
 ("The United States will give South Korea $150 million in economic aid this year.", [], ["USA SUPPORTS KOR"]),
]
