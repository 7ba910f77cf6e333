DAY = "2024-11-15"
SENTS = [
 ("Chinese President Xi Jinping and Peru's president, Dina Boluarte, inaugurated the deep-water port of Chancay by video link from Lima on Thursday.", ["person:dina-boluarte LEADS PER", "person:dina-boluarte MEETS person:xi-jinping", "person:xi-jinping MEETS PER"], ["person:xi-jinping LEADS CHN"]),
 ("The $3.5 billion port, majority-owned by the Chinese shipping giant Cosco, is expected to cut shipping times between South America and Asia by as much as ten days.", [], ["CHN TRADES_WITH PER"]),
 ("China has been Peru's largest trading partner for a decade and buys most of its copper.", ["CHN TRADES_WITH PER"], []),
 ("The two leaders also signed an upgrade of their free trade agreement.", [], ["CHN TRADES_WITH PER", "person:dina-boluarte MEETS person:xi-jinping"]),
 ("Washington has warned Latin American governments that Chinese-controlled ports could be used by the Chinese navy.", [], ["USA CONDEMNS CHN"]),
 ("Xi met President Joe Biden on Saturday on the sidelines of the Asia-Pacific Economic Cooperation summit, their last meeting before Donald Trump takes office.", ["person:joe-biden MEETS person:xi-jinping"], ["person:joe-biden LEADS USA", "person:joe-biden MEETS PER", "person:xi-jinping MEETS org:APEC", "person:joe-biden MEETS org:APEC"]),
]
