DAY = "2013-11-14"
SENTS = [
 ("China said on Thursday it would send a medical team and $1.6 million in relief goods to the Philippines, after criticism of its initial offer of $100,000 in cash for victims of Typhoon Haiyan.", [], ["CHN SUPPORTS PHL"]),
 ("The United States has sent the aircraft carrier George Washington and more than 50 other ships and aircraft to the Philippines to help with the relief effort.", ["USA SUPPORTS PHL"], ["USA DEPLOYS_TROOPS PHL"]),
 ("Japan has already flown $10 million in emergency aid and several hundred troops to the Philippines.", ["JPN SUPPORTS PHL", "JPN DEPLOYS_TROOPS PHL"], []),
 ("Relations between Beijing and Manila have been strained by their rival claims in the South China Sea, and Manila has taken China to an international tribunal.", ["PHL CONDEMNS CHN"], []),
 ("Britain sent the destroyer HMS Daring and a transport plane loaded with supplies.", [], []),
]
