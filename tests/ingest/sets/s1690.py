DAY = "2022-09-28"
SENTS = [
 ("Explosions ruptured the Nord Stream gas pipelines under the Baltic Sea on Monday, in what Denmark and Sweden said were deliberate acts of sabotage.", [], []),
 ("The pipelines were built to carry Russian gas to Germany, though neither was in operation because of the war in Ukraine.", [], ["RUS TRADES_WITH DEU"]),
 ("Poland's defence minister blamed Russia, while the Kremlin said the United States had the most to gain from the damage.", ["POL CONDEMNS RUS"], ["RUS CONDEMNS USA"]),
 ("NATO said the damage was the result of deliberate and irresponsible acts of sabotage and vowed to respond to any attack on the critical infrastructure of its members.", [], []),
 ("Norway, which has overtaken Russia as Europe's biggest gas supplier, deployed soldiers to protect its own oil and gas installations.", [], ["NOR TRADES_WITH org:EU"]),
]
