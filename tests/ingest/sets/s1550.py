DAY = "2010-06-01"
SENTS = [
 ("Israeli commandos stormed a Turkish ship carrying aid to Gaza in international waters on Monday, killing nine activists.", [], ["ISR ATTACKS TUR"]),
 ("Turkey recalled its ambassador to Israel in protest and cancelled three planned joint military exercises.", ["TUR CONDEMNS ISR"], ["TUR ALLIED_WITH ISR"]),
 ("Prime Minister Recep Tayyip Erdogan called the raid state terrorism and said Israel should be punished.", ["person:recep-tayyip-erdogan CONDEMNS ISR"], ["person:recep-tayyip-erdogan LEADS TUR"]),
 ("The UN Security Council condemned the acts that led to the deaths and called for an impartial investigation.", [], ["org:UNSC CONDEMNS ISR"]),
 ("Egypt, which has kept its border with Gaza largely closed since Hamas seized the territory in 2007, opened the Rafah crossing the next day.", [], []),
]
