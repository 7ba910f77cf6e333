DAY = "2013-04-08"
SENTS = [
 ("North Korea said on Monday it was withdrawing all 53,000 of its workers from the Kaesong industrial zone, the last symbol of cooperation between the two Koreas.", [], ["KOR TRADES_WITH PRK"]),
 ("The zone, just north of the border, is home to 123 South Korean factories that employ North Korean workers.", [], ["KOR TRADES_WITH PRK"]),
 ("Pyongyang blamed joint military drills by South Korea and the United States for the decision.", ["PRK CONDEMNS KOR", "PRK CONDEMNS USA", "KOR ALLIED_WITH USA"], []),
 ("President Park Geun-hye said North Korea's actions were deeply disappointing.", ["person:park-geun-hye CONDEMNS PRK"], ["person:park-geun-hye LEADS KOR"]),
 ("China, the North's only major ally, urged calm.", ["CHN ALLIED_WITH PRK"], []),
]
