DAY = "2019-07-04"
SENTS = [
 ("Japan tightened controls on exports of three chemicals to South Korea on Thursday that are vital to the production of smartphone displays and chips.", ["JPN SANCTIONS KOR"], []),
 ("Seoul said the curbs were retaliation for South Korean court rulings ordering Japanese firms to compensate wartime forced labourers.", [], ["KOR CONDEMNS JPN"]),
 ("President Moon Jae-in called the measures unwise and warned that South Korean companies would suffer.", [], ["person:moon-jae-in LEADS KOR", "person:moon-jae-in CONDEMNS JPN"]),
 ("Japan is South Korea's third-largest trading partner, and the two countries are both close allies of the United States.", ["JPN TRADES_WITH KOR", "JPN ALLIED_WITH USA", "KOR ALLIED_WITH USA"], []),
 ("In August Tokyo removed South Korea from its white list of trusted trading partners, and Seoul responded by scrapping a military intelligence-sharing pact with Japan.", [], ["JPN SANCTIONS KOR", "KOR ALLIED_WITH JPN", "KOR CONDEMNS JPN", "JPN TRADES_WITH KOR"]),
]
