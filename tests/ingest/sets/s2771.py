DAY = "1981-05-08"
SENTS = [
 ("Syria moved Soviet-made SAM-6 antiaircraft missiles into Lebanon's Bekaa Valley last week after Israeli jets shot down two Syrian helicopters near Zahle.", ["SYR DEPLOYS_TROOPS LBN", "SUN SUPPLIES_ARMS SYR", "ISR ATTACKS SYR"], []),
 ("Prime Minister Menachem Begin has accused Syria of trying to crush the Christian militias of Zahle.", ["person:menachem-begin CONDEMNS SYR"], ["person:menachem-begin LEADS ISR"]),
 ("The American mediator, Philip C. Habib, spent three hours with President Hafez al-Assad in Damascus on Thursday before going on to Jerusalem.", ["person:philip-habib MEETS person:hafez-al-assad"], ["person:hafez-al-assad LEADS SYR", "person:philip-habib MEETS SYR", "person:philip-habib MEETS ISR", "person:ronald-reagan LEADS USA", "USA MEETS SYR"]),
 ("Moscow, bound to Damascus by a treaty of friendship signed last October, has warned Israel against any attack on the missiles.", ["SUN ALLIED_WITH SYR"], ["SUN CONDEMNS ISR"]),
]
