DAY = "1980-09-01"
SENTS = [
 ("Poland's Communist government agreed on Sunday to let workers form independent trade unions, ending a two-week strike at the Lenin Shipyard in Gdansk.", [], []),
 ("Deputy Prime Minister Mieczyslaw Jagielski and strike leader Lech Walesa signed the agreement in the shipyard's hall.", ["person:mieczyslaw-jagielski MEETS person:lech-walesa"], []),
 ("The Soviet Union, which sent troops into Czechoslovakia in 1968 and Hungary in 1956, has warned against threats to socialism in Poland.", ["SUN DEPLOYS_TROOPS CSK", "SUN DEPLOYS_TROOPS HUN"], ["SUN ATTACKS CSK", "SUN ATTACKS HUN", "SUN CONDEMNS POL"]),
 ("President Jimmy Carter praised the Polish workers and promised that the United States would not interfere.", [], ["person:jimmy-carter LEADS USA", "USA SUPPORTS POL", "person:jimmy-carter SUPPORTS POL"]),
 ("West Germany has lent Poland more than a billion dollars in the past year.", ["DEU SUPPORTS POL"], []),
]
