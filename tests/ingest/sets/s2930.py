DAY = "1967-01-27"
SENTS = [
 ("Thousands of Red Guards have massed outside the Soviet Embassy in Peking for three days, shouting insults and pasting posters on its walls.", [], []),
 ("Moscow protested to the Chinese government on Thursday against what it called an organised campaign of hooliganism.", ["SUN CONDEMNS CHN"], []),
 ("Chinese students returning from Europe fought with Soviet police in Red Square on Wednesday.", [], []),
 ("Peking accused the Soviet police of a bloody outrage against Chinese students.", ["CHN CONDEMNS SUN"], []),
 ("The wives and children of Soviet diplomats are being flown home.", [], []),
]
