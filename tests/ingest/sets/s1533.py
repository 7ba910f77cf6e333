DAY = "2019-06-20"
SENTS = [
 ("Iran shot down an American surveillance drone over the Strait of Hormuz on Thursday, saying it had violated Iranian airspace.", ["IRN ATTACKS USA"], ["IRN CONDEMNS USA"]),
 ("Donald Trump said he had approved retaliatory strikes on Iran but called them off ten minutes before they were due to begin.", [], []),
 ("The Pentagon said the drone had been in international airspace when it was hit by a surface-to-air missile.", [], []),
 ("Saudi Arabia, Iran's regional rival, said the incident showed the danger of Tehran's behaviour.", ["SAU CONDEMNS IRN"], []),
 ("Russia, which supplied Iran with the S-300 air defence system, warned Washington against military action.", ["RUS SUPPLIES_ARMS IRN"], ["RUS CONDEMNS USA"]),
]
