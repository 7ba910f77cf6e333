DAY = "1979-06-19"
SENTS = [
 ("President Jimmy Carter and Leonid Brezhnev signed the second strategic arms limitation treaty in Vienna on Monday and embraced after the ceremony in the Hofburg Palace.", ["person:jimmy-carter MEETS person:leonid-brezhnev"], ["person:jimmy-carter LEADS USA"]),
 ("The treaty limits each side to 2,400 long-range missiles and bombers.", [], []),
 ("Carter must now persuade the Senate to ratify it, where critics say it favours the Soviet Union.", [], []),
 ("Brezhnev, who is 72 and appeared frail, warned that Moscow would respond if the United States deployed new missiles in Western Europe.", [], ["SUN CONDEMNS USA", "person:leonid-brezhnev CONDEMNS USA"]),
 ("Austrian Chancellor Bruno Kreisky, who was host to the summit, said it had improved the climate between East and West.", ["person:bruno-kreisky LEADS AUT"], []),
]
