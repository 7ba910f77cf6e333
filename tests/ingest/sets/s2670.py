DAY = "1971-04-15"
SENTS = [
 ("Premier Chou En-lai received the American table tennis team in the Great Hall of the People on Wednesday and told the players they had opened a new chapter in relations between the Chinese and American peoples.", [], ["person:zhou-enlai LEADS CHN"]),
 ("Hours later President Nixon announced that the United States would relax its 20-year embargo on trade with China and allow the sale of non-strategic goods.", [], ["USA SANCTIONS CHN", "person:richard-nixon LEADS USA", "USA TRADES_WITH CHN"]),
 ("The team, invited during the world championships in Nagoya, is the first group of Americans admitted to the mainland since the Communists took power in 1949.", [], []),
 ("Taiwan, which Washington still recognises as the government of all China, said it was deeply disturbed.", ["USA SUPPORTS TWN"], []),
]
