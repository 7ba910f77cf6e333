DAY = "2008-08-08"
SENTS = [
 ("George W. Bush attended the opening ceremony of the Beijing Olympics on Friday alongside more than 80 other heads of state and government.", ["person:george-w-bush MEETS CHN"], ["person:george-w-bush LEADS USA"]),
 ("Before the Games, Bush had criticised China's detention of dissidents and urged Hu Jintao to allow more religious freedom.", ["person:george-w-bush CONDEMNS CHN"], ["person:george-w-bush CONDEMNS person:hu-jintao"]),
 ("Hours before the ceremony, Georgian troops launched an offensive against the breakaway region of South Ossetia, and Russian tanks rolled into Georgia the next day.", ["RUS ATTACKS GEO"], ["RUS DEPLOYS_TROOPS GEO"]),
 ("Vladimir Putin, who was also in Beijing, discussed the conflict with Bush at the ceremony.", ["person:vladimir-putin MEETS person:george-w-bush"], ["person:vladimir-putin MEETS CHN"]),
 ("French President Nicolas Sarkozy, whose country held the EU presidency, later brokered a ceasefire between Moscow and Tbilisi.", ["person:nicolas-sarkozy LEADS FRA"], ["FRA MEMBER_OF org:EU"]),
]
