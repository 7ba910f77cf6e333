DAY = "2002-04-15"
SENTS = [
 ("Hugo Chavez returned to the presidential palace in Caracas before dawn on Sunday, two days after military officers forced him from office and installed the business leader Pedro Carmona as president.", [], ["person:hugo-chavez LEADS VEN"]),
 ("The Bush administration, which had blamed Chavez for his own downfall, said on Sunday that it wanted him to respect democratic rules.", ["USA CONDEMNS person:hugo-chavez"], []),
 ("Latin American governments meeting in Costa Rica condemned the interruption of constitutional order in Venezuela.", [], []),
 ("Cuba's Fidel Castro, a close ally of Chavez who receives Venezuelan oil on easy terms, called the coup a fascist plot.", ["person:fidel-castro LEADS CUB", "VEN TRADES_WITH CUB"], ["person:fidel-castro ALLIED_WITH person:hugo-chavez", "VEN SUPPORTS CUB", "CUB ALLIED_WITH VEN"]),
 ("Spain, whose ambassador met Carmona on the day he took power, denied it had backed the coup.", [], ["ESP MEETS person:pedro-carmona"]),
]
