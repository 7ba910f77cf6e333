DAY = "2024-03-29"
SENTS = [
 ("Indonesia has agreed to buy two Scorpene submarines from France, to be assembled at the state shipyard in Surabaya, the defence ministry in Jakarta said on Thursday.", ["FRA SUPPLIES_ARMS IDN"], []),
 ("Jakarta ordered 42 Rafale fighter jets from Dassault in 2022 and has also bought Turkish drones and Italian frigates.", [], ["FRA SUPPLIES_ARMS IDN", "TUR SUPPLIES_ARMS IDN", "ITA SUPPLIES_ARMS IDN"]),
 ("The navy's only modern submarines were built in South Korea.", [], ["KOR SUPPLIES_ARMS IDN"]),
 ("Prabowo Subianto, the defence minister who won last month's presidential election, has made rebuilding the armed forces a priority.", [], []),
]
