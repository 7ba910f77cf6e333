DAY = "2018-05-14"
SENTS = [
 ("The United States formally opened its embassy in Jerusalem on Monday, fulfilling a pledge by Donald Trump that broke with decades of American policy.", [], ["USA SUPPORTS ISR"]),
 ("Israeli troops killed dozens of Palestinians protesting along the Gaza border fence the same day.", [], ["ISR ATTACKS PSE"]),
 ("Benjamin Netanyahu thanked Trump for having the courage to keep his promises.", [], ["person:benjamin-netanyahu SUPPORTS person:donald-trump"]),
 ("Turkey recalled its ambassadors to Washington and Tel Aviv for consultations and expelled the Israeli envoy in protest at the killings.", ["TUR CONDEMNS ISR"], ["TUR CONDEMNS USA"]),
 ("South Africa also withdrew its ambassador from Israel, while Guatemala, a close US ally, moved its own embassy to Jerusalem two days later.", ["GTM ALLIED_WITH USA"], ["ZAF CONDEMNS ISR", "GTM SUPPORTS ISR"]),
]
