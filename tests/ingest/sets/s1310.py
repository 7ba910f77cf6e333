DAY = "2025-06-20"
SENTS = [
 ("Greece will buy 36 PULS rocket artillery systems from Israel in a deal worth about 700 million euros, the defence ministry said.", [], ["ISR SUPPLIES_ARMS GRC"]),
 ("Athens is also considering an Israeli-made air defence shield to protect its islands from Turkish drones.", [], []),
 ("Greece and Israel have held joint air force exercises since 2015.", ["GRC ALLIED_WITH ISR"], []),
 ("Turkey has objected to the growing military cooperation between Greece, Israel and Cyprus.", [], ["TUR CONDEMNS GRC", "GRC ALLIED_WITH ISR", "GRC ALLIED_WITH CYP", "ISR ALLIED_WITH CYP"]),
 ("The Netherlands and Spain have also ordered PULS launchers.", [], ["ISR SUPPLIES_ARMS NLD", "ISR SUPPLIES_ARMS ESP"]),
]
