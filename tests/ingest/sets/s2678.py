DAY = "1977-05-10"
SENTS = [
 ("President Carter met President Hafez al-Assad of Syria in Geneva on Monday, the first meeting between an American president and a Syrian leader in years.", ["person:jimmy-carter MEETS person:hafez-al-assad", "person:hafez-al-assad LEADS SYR"], ["person:jimmy-carter MEETS CHE", "person:hafez-al-assad MEETS CHE", "person:jimmy-carter LEADS USA"]),
 ("Carter said afterwards that Syria's cooperation was essential to any settlement and that the Palestinians must have a homeland.", [], []),
 ("Assad, who gets most of his weapons from the Soviet Union, insisted that Israel give back all the land it occupied in 1967.", ["SUN SUPPLIES_ARMS SYR"], ["ISR ATTACKS SYR", "person:hafez-al-assad CONDEMNS ISR"]),
 ("Carter had attended the economic summit of seven industrial nations in London over the weekend.", ["person:jimmy-carter MEETS GBR"], ["person:jimmy-carter MEETS org:G7"]),
]
