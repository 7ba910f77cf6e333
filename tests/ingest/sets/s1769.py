DAY = "1961-04-19"
SENTS = [
 ("About 1,400 Cuban exiles trained and armed by the CIA landed at the Bay of Pigs on Cuba's southern coast on Monday in an attempt to overthrow Fidel Castro.", [], ["USA ATTACKS CUB", "USA SUPPORTS person:fidel-castro"]),
 ("Castro said on Wednesday that the invaders had been crushed and accused the United States of organising the attack.", ["person:fidel-castro CONDEMNS USA"], []),
 ("Soviet Premier Nikita Khrushchev warned President John F. Kennedy in a message that Moscow would give Cuba all necessary help to repel the attack.", ["person:nikita-khrushchev LEADS SUN"], ["SUN SUPPORTS CUB", "person:nikita-khrushchev SUPPORTS CUB", "person:nikita-khrushchev CONDEMNS person:john-f-kennedy", "person:john-f-kennedy LEADS USA"]),
 ("Kennedy insisted that no American troops were involved in the fighting.", [], []),
 ("The Soviet Union has supplied Havana with tanks and MiG jets since last year.", ["SUN SUPPLIES_ARMS CUB"], []),
 ("Mexico and Ecuador criticised the invasion at the Organization of American States.", [], ["MEX CONDEMNS USA", "ECU CONDEMNS USA"]),
]
