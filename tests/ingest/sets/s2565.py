DAY = "2000-12-14"
SENTS = [
 ("Fidel Castro welcomed Vladimir Putin to Havana on Wednesday, the first time a Kremlin leader had set foot in Cuba since 1991.", ["person:vladimir-putin MEETS person:fidel-castro", "person:vladimir-putin MEETS CUB"], ["person:fidel-castro LEADS CUB"]),
 ("Russia still runs an electronic listening post at Lourdes, near Havana, and pays about $200 million a year in rent for it.", [], ["RUS DEPLOYS_TROOPS CUB", "RUS TRADES_WITH CUB"]),
 ("The two leaders discussed the island's Soviet-era debt, which Moscow puts at more than $20 billion.", [], ["person:vladimir-putin MEETS person:fidel-castro", "RUS SUPPORTS CUB"]),
 ("Trade has fallen to a fraction of its level in the 1980s, when Moscow bought most of Cuba's sugar.", ["RUS TRADES_WITH CUB"], ["SUN TRADES_WITH CUB"]),
 ("Castro has called the American embargo on Cuba genocidal.", ["person:fidel-castro CONDEMNS USA", "USA SANCTIONS CUB"], []),
]
