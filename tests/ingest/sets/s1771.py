DAY = "1969-03-03"
SENTS = [
 ("Chinese and Soviet border guards clashed on Sunday on a disputed island in the Ussuri River, leaving dozens of soldiers dead.", ["CHN ATTACKS SUN", "SUN ATTACKS CHN"], []),
 ("Moscow accused Chinese troops of staging an armed provocation by ambushing a Soviet patrol on Damansky Island.", ["SUN CONDEMNS CHN"], ["CHN ATTACKS SUN"]),
 ("Beijing said Soviet frontier troops had intruded into Chinese territory and opened fire first.", ["CHN CONDEMNS SUN"], ["SUN ATTACKS CHN"]),
 ("Tens of thousands of demonstrators marched past the Soviet embassy in Beijing shouting slogans against the Kremlin.", [], []),
 ("Relations between the two communist powers have been frozen since the Soviet Union withdrew its technical advisers from China in 1960.", [], []),
]
