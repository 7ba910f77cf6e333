DAY = "1993-05-29"
SENTS = [
 ("Eritrea became the 182nd member of the United Nations on Friday, five days after formally declaring independence from Ethiopia.", ["ERI MEMBER_OF org:UN"], []),
 ("Ethiopia was among the first countries to recognize Eritrea, and its leader, Meles Zenawi, attended the independence celebrations in Asmara.", ["ETH SUPPORTS ERI", "person:meles-zenawi MEETS ERI"], ["person:meles-zenawi LEADS ETH"]),
 ("President Isaias Afwerki, who led the 30-year war against Ethiopian rule, said Eritrea would seek close ties with all its neighbours.", [], ["person:isaias-afwerki LEADS ERI", "ERI ATTACKS ETH"]),
 ("The United States and Egypt established diplomatic relations with Asmara this week.", [], ["USA SUPPORTS ERI", "EGY SUPPORTS ERI"]),
]
