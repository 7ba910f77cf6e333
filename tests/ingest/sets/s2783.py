DAY = "1965-02-08"
SENTS = [
 ("American and South Vietnamese planes struck a North Vietnamese army barracks at Dong Hoi on Sunday in reprisal for a guerrilla raid on the American base at Pleiku in which eight Americans died.", ["USA ATTACKS VDR", "RVN ATTACKS VDR"], []),
 ("President Johnson, who ordered the strike after a meeting of the National Security Council, said the United States sought no wider war.", [], ["person:lyndon-b-johnson LEADS USA"]),
 ("Premier Aleksei N. Kosygin of the Soviet Union, who arrived in Hanoi on Saturday, promised that Moscow would strengthen North Vietnam's defences.", ["person:alexei-kosygin LEADS SUN", "person:alexei-kosygin MEETS VDR"], ["SUN SUPPORTS VDR"]),
 ("China called the raids an act of war against the whole Vietnamese people and pledged full support to North Vietnam.", ["CHN SUPPORTS VDR"], ["CHN CONDEMNS USA"]),
 ("About 23,000 American military advisers are serving with South Vietnamese forces.", ["USA DEPLOYS_TROOPS RVN"], []),
]
