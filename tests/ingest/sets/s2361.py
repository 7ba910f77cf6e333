DAY = "2013-03-23"
SENTS = [
 ("Xi Jinping chose Russia for his first trip abroad as China's president, and held talks with Vladimir Putin in the Kremlin on Friday.", ["person:xi-jinping MEETS RUS", "person:xi-jinping MEETS person:vladimir-putin", "person:xi-jinping LEADS CHN"], []),
 ("Putin said relations between Russia and China were the best in their centuries-old history.", [], ["RUS SUPPORTS CHN", "RUS ALLIED_WITH CHN"]),
 ("The two sides signed agreements under which Russia will triple its oil supplies to China.", ["RUS TRADES_WITH CHN"], []),
 ("Xi also visited the command centre of Russia's armed forces, the first foreign leader allowed inside.", ["person:xi-jinping MEETS RUS"], []),
 ("Xi will travel on to Tanzania, South Africa and the Republic of Congo, and will attend a summit of the BRICS nations in Durban.", [], ["person:xi-jinping MEETS TZA", "person:xi-jinping MEETS ZAF", "person:xi-jinping MEETS COG", "person:xi-jinping MEETS org:BRICS"]),
 ("China and Russia have coordinated their vetoes on Syria at the UN Security Council.", ["CHN VETOES SYR", "RUS VETOES SYR"], ["CHN ALLIED_WITH RUS"]),
]
