DAY = "1960-07-15"
SENTS = [
 ("The United Nations Security Council voted early on Thursday to send a peacekeeping force to the Congo and called on Belgium to withdraw its troops from the newly independent country.", [], ["org:UNSC DEPLOYS_TROOPS COD", "BEL DEPLOYS_TROOPS COD", "org:UNSC CONDEMNS BEL"]),
 ("Belgian paratroopers landed in Elisabethville and Leopoldville this week, saying they were protecting Belgian civilians from mutinous Congolese soldiers.", [], ["BEL DEPLOYS_TROOPS COD"]),
 ("Prime Minister Patrice Lumumba accused Belgium of aggression and of backing the secession of the mineral-rich Katanga province under Moise Tshombe.", ["person:patrice-lumumba CONDEMNS BEL"], ["person:patrice-lumumba LEADS COD", "COD CONDEMNS BEL", "BEL SUPPORTS person:moise-tshombe"]),
 ("Lumumba and President Joseph Kasavubu broke off diplomatic relations with Brussels on Wednesday.", [], ["person:joseph-kasavubu LEADS COD", "COD SANCTIONS BEL", "COD CONDEMNS BEL"]),
 ("Ghana, Tunisia, Morocco and Ethiopia have offered troops for the United Nations force.", [], ["GHA DEPLOYS_TROOPS COD", "TUN DEPLOYS_TROOPS COD", "MAR DEPLOYS_TROOPS COD", "ETH DEPLOYS_TROOPS COD", "GHA SUPPORTS org:UN", "TUN SUPPORTS org:UN", "MAR SUPPORTS org:UN", "ETH SUPPORTS org:UN"]),
 ("Soviet Premier Nikita Khrushchev warned the Western powers to keep their hands off the Congo.", ["person:nikita-khrushchev LEADS SUN"], ["person:nikita-khrushchev CONDEMNS bloc:WEST"]),
]
