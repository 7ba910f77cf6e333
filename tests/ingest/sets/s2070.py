DAY = "1997-07-01"
SENTS = [
 ("Britain handed Hong Kong back to China at midnight on Monday, ending 156 years of colonial rule in a ceremony attended by Prince Charles and President Jiang Zemin.", [], ["person:jiang-zemin LEADS CHN"]),
 ("Prime Minister Tony Blair and Chinese Premier Li Peng held talks before the ceremony, the first meeting between the two leaders.", ["person:tony-blair MEETS person:li-peng", "person:li-peng LEADS CHN"], ["person:tony-blair LEADS GBR"]),
 ("About 4,000 soldiers of the People's Liberation Army crossed into the territory at dawn, a move the last governor, Chris Patten, had opposed.", [], []),
 ("Secretary of State Madeleine Albright boycotted the swearing-in of the legislature appointed by Beijing.", [], ["USA CONDEMNS CHN"]),
 ("Taiwan said it would never accept the formula of one country, two systems that Beijing has offered it.", [], ["TWN CONDEMNS CHN"]),
]
