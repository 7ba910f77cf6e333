DAY = "1963-07-21"
SENTS = [
 ("The Chinese delegation led by Teng Hsiao-ping left Moscow on Saturday after two weeks of fruitless ideological talks with Mikhail Suslov.", ["person:deng-xiaoping MEETS person:mikhail-suslov", "person:deng-xiaoping MEETS SUN"], ["CHN MEETS SUN"]),
 ("Both sides agreed to adjourn the talks indefinitely.", [], []),
 ("Peking accused Khrushchev of splitting the Communist movement and of collusion with the American imperialists.", ["CHN CONDEMNS person:nikita-khrushchev"], ["CHN CONDEMNS USA"]),
 ("Pravda charged that the Chinese leaders wanted a nuclear war.", [], ["SUN CONDEMNS CHN"]),
 ("Albania, Peking's one European ally, took China's part.", ["ALB ALLIED_WITH CHN"], ["ALB SUPPORTS CHN"]),
]
