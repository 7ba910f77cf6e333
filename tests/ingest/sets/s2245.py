DAY = "1990-06-01"
SENTS = [
 ("President Bush and President Mikhail Gorbachev signed an agreement at the White House on Friday to end production of chemical weapons and destroy most of their stockpiles.", ["person:george-h-w-bush MEETS person:mikhail-gorbachev"], ["person:george-h-w-bush LEADS USA", "person:mikhail-gorbachev LEADS SUN", "person:mikhail-gorbachev MEETS USA", "person:george-h-w-bush ALLIED_WITH person:mikhail-gorbachev"]),
 ("The two leaders also signed a trade agreement that would give Soviet goods lower American tariffs, though Bush said he would not send it to Congress until Moscow eased emigration rules.", [], ["USA TRADES_WITH SUN", "person:george-h-w-bush TRADES_WITH person:mikhail-gorbachev", "person:george-h-w-bush MEETS person:mikhail-gorbachev"]),
 ("Gorbachev, who arrived in Washington on Thursday, said the summit had produced a breakthrough.", ["person:mikhail-gorbachev MEETS USA"], []),
 ("Lithuania, which declared independence from the Soviet Union in March, remains under a Soviet economic blockade.", [], ["SUN SANCTIONS LTU"]),
 ("The Soviet Union still opposes a united Germany's membership in NATO.", [], []),
]
