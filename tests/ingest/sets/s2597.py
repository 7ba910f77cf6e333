DAY = "1992-06-17"
SENTS = [
 ("George Bush and Boris Yeltsin agreed at the White House on Tuesday to cut their countries' long-range nuclear warheads by two-thirds, far beyond the cuts in last year's treaty.", ["person:boris-yeltsin MEETS person:george-h-w-bush", "person:boris-yeltsin MEETS USA"], ["person:george-h-w-bush LEADS USA"]),
 ("Yeltsin, on his first visit to Washington as Russia's president, told a joint session of Congress that the idol of communism had collapsed.", ["person:boris-yeltsin MEETS USA", "person:boris-yeltsin LEADS RUS"], []),
 ("The Russian leader appealed to lawmakers to pass the Freedom Support Act, which would send Russia some of the $24 billion the West has promised.", [], ["bloc:WEST SUPPORTS RUS"]),
 ("The two presidents also signed a charter of partnership and friendship and agreed to cooperate on a global missile defence system.", [], ["person:boris-yeltsin MEETS person:george-h-w-bush", "RUS ALLIED_WITH USA"]),
 ("Russia agreed to let American companies explore for oil in Siberia, and Washington granted Moscow the trade status it gives most of its partners.", ["USA TRADES_WITH RUS"], ["RUS TRADES_WITH USA"]),
]
