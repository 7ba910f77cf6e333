DAY = "2021-11-16"
SENTS = [
 ("President Joe Biden and Chinese President Xi Jinping held a virtual summit lasting more than three hours on Monday, their most extensive talks since Biden took office.", ["person:xi-jinping LEADS CHN", "person:joe-biden MEETS person:xi-jinping"], ["person:joe-biden LEADS USA"]),
 ("Xi warned that those seeking Taiwan's independence and their supporters in the United States were playing with fire.", [], ["person:xi-jinping CONDEMNS USA", "person:xi-jinping CONDEMNS TWN"]),
 ("Biden raised concerns about China's human rights abuses in Xinjiang, Tibet and Hong Kong, the White House said.", ["person:joe-biden CONDEMNS CHN"], []),
 ("The two leaders agreed that their countries needed guardrails to keep their competition from veering into conflict.", [], []),
 ("China is the largest trading partner of the United States, and the two countries are still bound by a trade deal signed in 2020.", ["CHN TRADES_WITH USA"], []),
]
