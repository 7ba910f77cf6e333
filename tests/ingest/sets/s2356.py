DAY = "1998-06-28"
SENTS = [
 ("Bill Clinton and Jiang Zemin clashed over human rights and Tibet at an unprecedented news conference in Beijing on Saturday that was broadcast live on Chinese television.", ["person:bill-clinton MEETS person:jiang-zemin", "person:bill-clinton MEETS CHN"], ["person:bill-clinton CONDEMNS person:jiang-zemin", "person:jiang-zemin CONDEMNS person:bill-clinton", "person:bill-clinton CONDEMNS CHN"]),
 ("Clinton said the use of force against the Tiananmen Square protesters in 1989 was wrong, and Jiang replied that the crackdown had been necessary for stability.", [], ["person:bill-clinton CONDEMNS CHN", "person:bill-clinton MEETS person:jiang-zemin"]),
 ("The two presidents agreed not to target their nuclear missiles at each other.", [], []),
 ("Clinton is the first American president to visit China since the 1989 crackdown.", ["person:bill-clinton LEADS USA", "person:bill-clinton MEETS CHN"], []),
 ("He was welcomed with a ceremony in Tiananmen Square, a decision criticised by human rights groups.", [], ["person:bill-clinton MEETS CHN"]),
 ("Clinton's nine-day trip will also take him to Shanghai, Guilin and Hong Kong.", [], []),
]
