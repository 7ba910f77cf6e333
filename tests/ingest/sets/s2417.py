DAY = "2011-09-03"
SENTS = [
 ("Turkey expelled Israel's ambassador and suspended all military agreements with its former ally on Friday, after Israel refused to apologise for the killing of nine Turks aboard a Gaza-bound aid ship last year.", ["TUR SANCTIONS ISR"], ["TUR CONDEMNS ISR", "ISR ATTACKS TUR", "TUR ALLIED_WITH ISR"]),
 ("Foreign Minister Ahmet Davutoglu said Turkish warships would escort aid vessels in the eastern Mediterranean and that Ankara would challenge Israel's naval blockade of Gaza at the International Court of Justice.", [], ["TUR CONDEMNS ISR", "person:ahmet-davutoglu CONDEMNS ISR"]),
 ("A UN inquiry published on Thursday found that the blockade was legal but that Israeli commandos had used excessive and unreasonable force.", ["org:UN CONDEMNS ISR"], []),
]
