DAY = "1948-07-20"
SENTS = [
 ("American and British transport planes carried a record 2,000 tons of food and coal into Berlin yesterday, breaking the Soviet blockade of the western sectors.", [], ["USA SUPPORTS DEU", "GBR SUPPORTS DEU", "SUN SANCTIONS DEU"]),
 ("The United States is sending two more groups of Superfortresses to bases in Britain.", ["USA DEPLOYS_TROOPS GBR"], []),
 ("General Clay said the airlift could feed the two million people of the city through the winter.", [], []),
 ("The Soviet Military Government accused the Western powers of splitting Germany with their separate currency.", ["SUN CONDEMNS bloc:WEST"], []),
 ("Yugoslavia, expelled from the Cominform last month, has not joined the Soviet protests.", [], []),
]
