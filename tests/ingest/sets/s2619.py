DAY = "1990-12-13"
SENTS = [
 ("President Bush on Wednesday approved up to $1 billion in credit guarantees to help the Soviet Union buy American grain this winter, temporarily waiving a 1974 law that ties trade benefits for Moscow to free emigration.", ["person:george-h-w-bush SUPPORTS SUN"], ["USA SUPPORTS SUN", "person:george-h-w-bush LEADS USA", "SUN TRADES_WITH USA"]),
 ("Mr. Bush said he had told President Mikhail Gorbachev of the decision by telephone.", ["person:george-h-w-bush MEETS person:mikhail-gorbachev"], ["person:mikhail-gorbachev LEADS SUN"]),
 ("The European Community has already approved about $1 billion worth of food and medical aid for the Soviet Union.", ["org:EU SUPPORTS SUN"], []),
 ("Soviet officials have warned that shortages could lead to unrest in the big cities before spring.", [], []),
]
