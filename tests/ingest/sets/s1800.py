DAY = "2014-09-23"
SENTS = [
 ("The United States and five Arab countries launched air strikes against Islamic State targets in Syria overnight, opening a new front in the campaign against the militants.", ["USA ATTACKS org:ISIS"], ["USA ATTACKS SYR"]),
 ("The Pentagon said Saudi Arabia, Jordan, the United Arab Emirates, Bahrain and Qatar had joined or supported the strikes on the group's stronghold of Raqqa.", [], ["SAU ATTACKS org:ISIS", "JOR ATTACKS org:ISIS", "ARE ATTACKS org:ISIS", "BHR ATTACKS org:ISIS", "QAT SUPPORTS USA"]),
 ("American warships in the Red Sea and the Gulf also fired Tomahawk cruise missiles at an al-Qaeda cell west of Aleppo.", [], []),
 ("Syria said Washington had informed its envoy to the United Nations before the strikes.", [], []),
 ("Russia, Syria's main ally, said the strikes needed the approval of the Security Council or of the government in Damascus.", ["RUS ALLIED_WITH SYR"], ["RUS CONDEMNS USA"]),
 ("Iran also denounced the raids as a violation of Syrian sovereignty.", [], ["IRN CONDEMNS USA"]),
]
