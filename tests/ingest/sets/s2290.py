DAY = "1991-07-31"
SENTS = [
 ("President Bush and President Mikhail Gorbachev signed a treaty in the Kremlin on Wednesday that will cut their countries' long-range nuclear arsenals by about a third, the first such accord to reduce rather than merely limit the weapons.", ["person:george-h-w-bush MEETS person:mikhail-gorbachev", "person:george-h-w-bush MEETS SUN"], ["person:george-h-w-bush LEADS USA", "person:mikhail-gorbachev LEADS SUN", "person:george-w-bush MEETS person:mikhail-gorbachev", "person:george-w-bush MEETS SUN"]),
 ("The treaty took nine years to negotiate and runs to more than 700 pages.", [], []),
 ("Mr. Bush also pledged to ask Congress to grant the Soviet Union most-favoured-nation trade status, which would lower tariffs on Soviet goods.", [], ["USA TRADES_WITH SUN", "USA SUPPORTS SUN"]),
 ("The two leaders issued a joint call for a Middle East peace conference in October, to be sponsored by Washington and Moscow.", [], ["person:george-h-w-bush MEETS person:mikhail-gorbachev", "SUN ALLIED_WITH USA", "SUN MEETS USA"]),
 ("Gorbachev, who met leaders of the Group of Seven in London this month, has asked the West for economic aid to support his reforms.", ["person:mikhail-gorbachev MEETS org:G7"], ["person:mikhail-gorbachev MEETS GBR"]),
 ("On Thursday the two presidents will fly to Kiev, where Mr. Bush is to address the Ukrainian parliament.", [], ["person:george-h-w-bush MEETS UKR", "person:george-w-bush MEETS UKR"]),
]
