DAY = "1949-07-22"
SENTS = [
 ("The United States Senate ratified the North Atlantic Treaty on Thursday by 82 votes to 13, committing the country to the defence of Western Europe.", ["USA MEMBER_OF org:NATO"], []),
 ("President Truman is expected to ask Congress next week for $1.45 billion in arms for the European allies.", [], ["person:harry-s-truman LEADS USA"]),
 ("The treaty binds the twelve signers to treat an armed attack on one of them as an attack on all.", [], []),
 ("Pravda calls the alliance a war plot against the peoples of the East.", [], ["SUN CONDEMNS org:NATO"]),
 ("London and Paris completed ratification earlier in the summer.", [], ["GBR MEMBER_OF org:NATO", "FRA MEMBER_OF org:NATO"]),
 ("American occupation troops remain in western Germany and Austria.", ["USA DEPLOYS_TROOPS DEU", "USA DEPLOYS_TROOPS AUT"], []),
]
