DAY = "2023-12-09"
SENTS = [
 ("The United States vetoed a UN Security Council resolution on Friday demanding an immediate humanitarian ceasefire in Israel's war with Hamas in Gaza.", ["USA VETOES ISR"], ["USA VETOES org:HAMAS", "ISR ATTACKS org:HAMAS"]),
 ("Thirteen members voted in favour and Britain abstained.", [], []),
 ("The resolution was put forward by the United Arab Emirates after Secretary-General Antonio Guterres invoked a rarely used article of the UN Charter to warn of a humanitarian catastrophe.", [], ["person:antonio-guterres LEADS org:UN"]),
 ("Deputy US Ambassador Robert Wood said the text did not condemn the Hamas attack on Israel on October 7.", [], ["org:HAMAS ATTACKS ISR"]),
 ("The Palestinian envoy Riyad Mansour called the vote a disastrous day, and Iran said Washington bore responsibility for the killing of civilians.", [], ["IRN CONDEMNS USA"]),
 ("Israel's ambassador Gilad Erdan thanked the United States for standing firmly by Israel.", [], ["ISR SUPPORTS USA", "USA SUPPORTS ISR"]),
]
