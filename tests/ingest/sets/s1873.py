DAY = "2022-10-05"
SENTS = [
 ("OPEC+ agreed on Wednesday to cut oil production by 2 million barrels a day, defying pressure from the United States to pump more.", [], []),
 ("The decision by the group, led by Saudi Arabia and Russia, was seen in Washington as siding with Moscow.", [], ["SAU SUPPORTS RUS"]),
 ("President Joe Biden said he was disappointed by the shortsighted decision and would consult Congress on ways to reduce OPEC's control over energy prices.", [], ["person:joe-biden CONDEMNS org:OPEC", "person:joe-biden LEADS USA"]),
 ("Saudi Arabia, which has been a close US ally for decades, said the cut was driven by market conditions, not politics.", ["SAU ALLIED_WITH USA"], []),
 ("In July Biden travelled to Jeddah for talks with Crown Prince Mohammed bin Salman, though he had once vowed to make the kingdom a pariah over the killing of journalist Jamal Khashoggi.", ["person:joe-biden MEETS person:mohammed-bin-salman"], ["person:joe-biden MEETS SAU", "person:joe-biden CONDEMNS SAU"]),
]
