DAY = "1964-10-16"
SENTS = [
 ("Nikita S. Khrushchev has been removed as Premier and party leader, Moscow announced last night, and Leonid I. Brezhnev and Aleksei N. Kosygin have taken his posts.", [], ["person:leonid-brezhnev LEADS SUN", "person:alexei-kosygin LEADS SUN"]),
 ("President Johnson called in the Soviet Ambassador, Anatoly F. Dobrynin, for an explanation.", [], ["person:lyndon-b-johnson MEETS person:anatoly-dobrynin", "person:lyndon-b-johnson LEADS USA", "USA MEETS SUN", "person:lyndon-b-johnson MEETS SUN", "person:lyndon-b-johnson CONDEMNS SUN", "USA CONDEMNS SUN"]),
 ("Peking, whose quarrel with Mr. Khrushchev split the Communist world, sent warm greetings to the new leaders.", [], ["CHN SUPPORTS SUN", "CHN CONDEMNS person:nikita-khrushchev"]),
 ("The East German leader, Walter Ulbricht, pledged the loyalty of his party to the new Soviet leadership.", ["person:walter-ulbricht LEADS DDR"], ["person:walter-ulbricht SUPPORTS SUN", "DDR SUPPORTS SUN"]),
 ("Officials in Washington said the change would not alter the Soviet Union's support for North Vietnam.", ["SUN SUPPORTS VDR"], []),
]
