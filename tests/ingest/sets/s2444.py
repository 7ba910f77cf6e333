DAY = "2018-01-05"
SENTS = [
 ("The United States suspended about $900 million in security assistance to Pakistan on Thursday, saying Islamabad had failed to act against the Taliban and the Haqqani network.", ["USA CONDEMNS PAK"], ["USA SANCTIONS PAK", "USA SUPPORTS PAK"]),
 ("President Donald Trump had accused Pakistan on New Year's Day of giving the United States nothing but lies and deceit in return for $33 billion in aid.", ["person:donald-trump CONDEMNS PAK"], ["person:donald-trump LEADS USA", "USA SUPPORTS PAK"]),
 ("Pakistan's foreign minister, Khawaja Asif, said the United States was behaving like a friend who always betrays, and the army said Pakistan had done more than any other country to fight terrorism.", ["person:khawaja-asif CONDEMNS USA"], ["PAK CONDEMNS USA"]),
 ("China defended its ally, saying Pakistan had made enormous sacrifices in the fight against terrorism.", ["CHN SUPPORTS PAK"], ["CHN ALLIED_WITH PAK"]),
 ("Pakistan remains the main supply route for the 14,000 American troops in Afghanistan.", ["USA DEPLOYS_TROOPS AFG"], []),
]
