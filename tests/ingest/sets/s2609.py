DAY = "2020-01-15"
SENTS = [
 ("Donald Trump and China's chief trade negotiator, Vice-Premier Liu He, signed the first phase of a trade deal at the White House on Wednesday, easing an 18-month tariff war.", ["person:donald-trump MEETS person:liu-he"], ["USA TRADES_WITH CHN", "USA SANCTIONS CHN", "CHN SANCTIONS USA", "USA MEETS CHN", "person:liu-he MEETS USA"]),
 ("Beijing promised to buy an extra $200 billion of American farm goods, energy and manufactured products over the next two years.", [], ["CHN TRADES_WITH USA"]),
 ("Washington agreed to halve the tariffs it imposed in September on $120 billion of Chinese imports but left duties on another $250 billion in place.", [], ["USA TRADES_WITH CHN", "USA SANCTIONS CHN"]),
 ("China is the biggest buyer of American soybeans, and farmers in the Midwest have lost billions since the dispute began.", ["CHN TRADES_WITH USA"], []),
 ("Trump said he would visit Beijing in the near future to start talks on the second phase.", [], ["person:donald-trump MEETS CHN"]),
]
