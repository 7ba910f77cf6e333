DAY = "2025-06-14"
SENTS = [
 ("Israel launched a wave of strikes on Iran's nuclear and military sites early on Friday, killing several senior commanders of the Revolutionary Guards and nuclear scientists.", ["ISR ATTACKS IRN"], []),
 ("Iran responded hours later by firing more than 150 ballistic missiles at Israeli cities.", ["IRN ATTACKS ISR"]),
 ("Supreme Leader Ali Khamenei vowed that Israel would face a harsh punishment.", [], ["person:ali-khamenei LEADS IRN"]),
 ("Saudi Arabia, Egypt and Turkey condemned the Israeli attack as a violation of Iran's sovereignty.", ["SAU CONDEMNS ISR", "EGY CONDEMNS ISR", "TUR CONDEMNS ISR"], []),
 ("Washington said it had not taken part in the strikes but helped shoot down Iranian missiles.", [], ["USA SUPPORTS ISR"]),
]
