DAY = "2018-10-20"
SENTS = [
 ("Saudi Arabia acknowledged on Saturday that the journalist Jamal Khashoggi had died inside its consulate in Istanbul, saying he was killed in a fistfight.", [], []),
 ("Turkish officials, who say Khashoggi was murdered by a team of 15 Saudi agents, dismissed the account as a cover-up.", ["TUR CONDEMNS SAU"], []),
 ("Germany said it would not approve new arms exports to Saudi Arabia as long as the killing was unexplained.", [], ["DEU SUPPLIES_ARMS SAU", "DEU SANCTIONS SAU"]),
 ("Donald Trump said the Saudi explanation was credible but warned that there would be consequences, while making clear he would not cancel $110 billion in arms sales to the kingdom.", ["USA SUPPLIES_ARMS SAU"], ["person:donald-trump SUPPORTS SAU"]),
 ("Canada, which signed a $15 billion deal to sell armoured vehicles to Riyadh in 2014, said it was reviewing its options.", ["CAN SUPPLIES_ARMS SAU"], []),
]
