DAY = "2024-11-10"
SENTS = [
 ("Indonesian President Prabowo Subianto met Chinese President Xi Jinping in Beijing on Saturday on his first foreign trip since taking office last month.", ["person:prabowo-subianto LEADS IDN", "person:xi-jinping LEADS CHN", "person:prabowo-subianto MEETS person:xi-jinping", "person:prabowo-subianto MEETS CHN"], []),
 ("The two countries signed agreements worth 10 billion dollars in fields ranging from green energy to food security.", [], ["CHN TRADES_WITH IDN"]),
 ("A joint statement referring to overlapping claims in the South China Sea drew criticism at home, where some saw it as a concession to Beijing.", [], []),
 ("Prabowo then flew to Washington, where he met President Joe Biden at the White House on Tuesday.", ["person:prabowo-subianto MEETS person:joe-biden", "person:prabowo-subianto MEETS USA"], ["person:joe-biden LEADS USA"]),
 ("Indonesia joined the BRICS group as a full member in January.", [], ["IDN MEMBER_OF org:BRICS"]),
]
