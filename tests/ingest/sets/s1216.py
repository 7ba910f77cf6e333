DAY = "2017-06-23"
SENTS = [
 ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt severed diplomatic ties with Qatar this month and closed their land, sea and air links to the emirate.", [], ["SAU SANCTIONS QAT", "ARE SANCTIONS QAT", "BHR SANCTIONS QAT", "EGY SANCTIONS QAT", "SAU CONDEMNS QAT", "ARE CONDEMNS QAT", "BHR CONDEMNS QAT", "EGY CONDEMNS QAT"]),
 ("The four countries accuse Doha of funding terrorism and of being too close to Iran, charges Qatar denies.", ["SAU CONDEMNS QAT", "ARE CONDEMNS QAT", "BHR CONDEMNS QAT", "EGY CONDEMNS QAT"], []),
 ("Turkey's parliament fast-tracked a bill to deploy more troops to its base in Qatar.", [], ["TUR DEPLOYS_TROOPS QAT"]),
 ("Iran has flown planeloads of food to Doha since the blockade began.", ["IRN SUPPORTS QAT"], ["IRN TRADES_WITH QAT"]),
 ("Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, has shuttled between Gulf capitals trying to mediate.", ["person:sabah-al-ahmad-al-sabah LEADS KWT"], []),
]
