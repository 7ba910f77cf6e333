DAY = "2025-10-09"
SENTS = [
 ("Israel and Hamas agreed to the first phase of a ceasefire in Gaza on Wednesday after indirect talks in Sharm el-Sheikh, Egypt.", ["ISR MEETS org:HAMAS"], ["ISR MEETS EGY", "org:HAMAS MEETS EGY"]),
 ("The negotiations were mediated by Egypt, Qatar and Turkey, with US envoys Steve Witkoff and Jared Kushner in attendance.", [], ["EGY MEETS ISR", "QAT MEETS ISR", "TUR MEETS ISR"]),
 ("Under the deal, Hamas will release all living hostages in exchange for nearly 2,000 Palestinian prisoners.", [], []),
 ("Israeli troops will withdraw to an agreed line inside Gaza.", [], []),
 ("Donald Trump, who proposed the 20-point plan, said he would travel to the region.", [], []),
]
