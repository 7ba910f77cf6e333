DAY = "2025-06-18"
SENTS = [
 ("Sergei Shoigu, the secretary of Russia's Security Council, visited Pyongyang for the second time in two weeks and met Kim Jong Un.", ["person:sergei-shoigu MEETS person:kim-jong-un", "person:sergei-shoigu MEETS PRK"], []),
 ("Shoigu said North Korea would send 6,000 military engineers and builders to clear mines in Russia's Kursk region.", [], ["PRK DEPLOYS_TROOPS RUS"]),
 ("About 14,000 North Korean troops have been sent to Russia since last autumn, according to Seoul.", ["PRK DEPLOYS_TROOPS RUS"]),
 ("Pyongyang has also supplied Moscow with millions of artillery shells and ballistic missiles.", ["PRK SUPPLIES_ARMS RUS"]),
 ("The two countries signed a mutual defence treaty when Vladimir Putin visited Pyongyang in June 2024.", ["RUS ALLIED_WITH PRK", "person:vladimir-putin MEETS PRK"], []),
]
