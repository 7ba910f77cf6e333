DAY = "2017-09-12"
SENTS = [
 ("More than 370,000 Rohingya Muslims have fled Myanmar to Bangladesh since the army launched a crackdown in Rakhine state last month.", [], []),
 ("The UN human rights chief, Zeid Ra'ad al-Hussein, called the military operation a textbook example of ethnic cleansing.", [], ["person:zeid-raad-al-hussein CONDEMNS MMR"]),
 ("Bangladesh accused Myanmar of laying landmines along the border and said its airspace had been violated by Myanmar helicopters.", ["BGD CONDEMNS MMR"], []),
 ("China said it supported Myanmar's efforts to protect its stability and blocked a strongly worded Security Council statement.", ["CHN SUPPORTS MMR"], []),
 ("Turkey's first lady flew to Cox's Bazar to hand out aid, and President Recep Tayyip Erdogan called the crackdown a genocide.", ["person:recep-tayyip-erdogan LEADS TUR"], ["person:recep-tayyip-erdogan CONDEMNS MMR"]),
]
