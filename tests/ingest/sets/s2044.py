DAY = "2025-06-20"
SENTS = [
 ("New Zealand Prime Minister Christopher Luxon met Chinese President Xi Jinping in Beijing on Friday and said the two countries had agreed to expand trade and cooperate on climate change.", ["person:christopher-luxon LEADS NZL", "person:christopher-luxon MEETS person:xi-jinping", "person:xi-jinping LEADS CHN", "person:christopher-luxon MEETS CHN"], ["NZL TRADES_WITH CHN"]),
 ("China is New Zealand's largest trading partner, buying about a quarter of its exports, mainly dairy, meat and timber.", ["CHN TRADES_WITH NZL"], []),
 ("Luxon said he had raised concerns about China's military activity in the South Pacific, including live-fire drills by Chinese warships in the Tasman Sea earlier this year.", [], ["person:christopher-luxon CONDEMNS CHN"]),
 ("Wellington has also objected to agreements signed by the Cook Islands with Beijing without consulting New Zealand.", ["NZL CONDEMNS COK"], ["COK MEETS CHN", "COK ALLIED_WITH CHN"]),
 ("Chinese Premier Li Qiang hosted Luxon for a dinner in the Great Hall of the People.", ["person:li-qiang MEETS person:christopher-luxon"], ["person:li-qiang LEADS CHN", "person:christopher-luxon MEETS CHN"]),
]
