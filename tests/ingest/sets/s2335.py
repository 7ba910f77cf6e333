DAY = "2018-09-08"
SENTS = [
 ("The United States recalled its ambassadors to the Dominican Republic, El Salvador and Panama on Friday over their decisions to cut ties with Taiwan in favour of China.", ["DOM SUPPORTS CHN", "SLV SUPPORTS CHN", "PAN SUPPORTS CHN"], ["USA CONDEMNS DOM", "USA CONDEMNS SLV", "USA CONDEMNS PAN", "DOM SANCTIONS TWN", "SLV SANCTIONS TWN", "PAN SANCTIONS TWN"]),
 ("The State Department said the envoys would return to Washington to discuss ways to support democratic institutions in Central America.", [], []),
 ("El Salvador switched recognition to Beijing last month, and China has promised it hundreds of millions of dollars in investment.", ["SLV SUPPORTS CHN"], ["CHN SUPPORTS SLV"]),
 ("Taiwan's foreign minister, Joseph Wu, accused China of luring away its allies with money.", ["person:joseph-wu CONDEMNS CHN"], ["TWN CONDEMNS CHN"]),
 ("Just 17 governments still recognise Taipei, most of them in Latin America and the Pacific.", [], []),
 ("Washington has warned Latin American governments that Chinese investment comes with strings attached.", [], ["USA CONDEMNS CHN"]),
]
