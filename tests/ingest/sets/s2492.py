DAY = "2012-07-04"
SENTS = [
 ("Pakistan agreed on Tuesday to reopen the supply routes for NATO forces in Afghanistan that it closed seven months ago, after Secretary of State Hillary Clinton said the United States was sorry for the deaths of 24 Pakistani soldiers in a NATO air strike.", ["org:NATO DEPLOYS_TROOPS AFG", "org:NATO ATTACKS PAK"], ["PAK SUPPORTS org:NATO", "PAK SANCTIONS org:NATO", "person:hillary-clinton MEETS PAK"]),
 ("Clinton and Pakistan's foreign minister, Hina Rabbani Khar, had spoken by telephone earlier in the day.", [], ["person:hillary-clinton MEETS PAK"]),
 ("Washington will release about $1.1 billion it owes Islamabad from a fund that reimburses Pakistan for its counter-terrorism operations.", [], ["USA SUPPORTS PAK"]),
 ("The closure had forced NATO to send supplies on longer and costlier routes through Russia and Central Asia.", [], ["RUS SUPPORTS org:NATO"]),
 ("The Pakistani Taliban threatened to attack trucks carrying NATO supplies through the Khyber Pass.", [], ["org:TTP ATTACKS org:NATO"]),
]
