DAY = "1948-08-15"
SENTS = [
 ("The Republic of Korea was proclaimed in Seoul today, and three years of American military government in the south came to an end.", [], ["USA DEPLOYS_TROOPS KOR"]),
 ("General Douglas MacArthur flew in from Tokyo for the ceremony and stood beside President Syngman Rhee as the new flag was raised.", ["person:douglas-macarthur MEETS person:syngman-rhee"], ["person:douglas-macarthur MEETS KOR", "person:syngman-rhee LEADS KOR"]),
 ("The 20,000 American troops still in South Korea will be withdrawn by the end of the year.", ["USA DEPLOYS_TROOPS KOR"], []),
 ("In the north, the Soviet-backed regime of Kim Il Sung has called elections of its own for a rival government.", [], ["SUN SUPPORTS person:kim-il-sung", "SUN SUPPORTS PRK"]),
 ("Moscow denounced the new republic as an American puppet.", [], ["SUN CONDEMNS KOR", "SUN CONDEMNS USA"]),
]
