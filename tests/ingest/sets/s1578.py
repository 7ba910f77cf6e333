DAY = "2001-04-02"
SENTS = [
 ("A US Navy surveillance plane made an emergency landing on China's Hainan island on Sunday after colliding with a Chinese fighter jet, whose pilot is missing.", [], []),
 ("China blamed the United States for the collision and demanded an apology.", ["CHN CONDEMNS USA"], []),
 ("The 24 American crew members are being held by the Chinese authorities.", [], []),
 ("George W. Bush demanded the prompt return of the crew and the aircraft, which he said was operating in international airspace.", [], ["person:george-w-bush CONDEMNS CHN"]),
 ("The incident came as Washington was weighing the sale of advanced destroyers to Taiwan.", [], ["USA SUPPLIES_ARMS TWN"]),
]
