DAY = "2017-10-05"
SENTS = [
 ("Saudi Arabia's King Salman landed in Moscow on Wednesday for four days of talks, the first official trip to Russia ever made by a Saudi king.", ["person:salman-bin-abdulaziz MEETS RUS", "person:salman-bin-abdulaziz LEADS SAU"], []),
 ("After talks with Vladimir Putin in the Kremlin on Thursday, Saudi Arabia agreed to buy Russia's S-400 air defence system, according to the Saudi state arms company.", ["RUS SUPPLIES_ARMS SAU"], ["person:salman-bin-abdulaziz MEETS person:vladimir-putin", "person:vladimir-putin MEETS SAU"]),
 ("The kingdom, which has long bought its weapons from the United States and Britain, also signed agreements to produce Kalashnikov rifles and anti-tank missiles under licence.", ["USA SUPPLIES_ARMS SAU", "GBR SUPPLIES_ARMS SAU"], ["RUS SUPPLIES_ARMS SAU"]),
 ("The two countries back opposite sides in Syria, where Russian aircraft have bombed rebels funded by Riyadh.", [], ["SAU SUPPORTS SYR", "RUS ATTACKS SYR"]),
 ("They have cooperated since last year on cutting oil production to raise prices.", [], ["RUS TRADES_WITH SAU"]),
]
