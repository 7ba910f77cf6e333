DAY = "1984-11-29"
SENTS = [
 ("Chile and Argentina signed a treaty of peace and friendship at the Vatican on Thursday, ending their century-old dispute over the Beagle Channel.", [], []),
 ("The two countries came close to war in December 1978 before Pope John Paul II agreed to mediate.", [], []),
 ("Argentina's President Raul Alfonsin put the treaty to a referendum last month, in which voters approved it.", ["person:raul-alfonsin LEADS ARG"], []),
 ("Chile's military ruler, General Augusto Pinochet, supported Britain during the Falklands war in 1982.", ["person:augusto-pinochet LEADS CHL", "person:augusto-pinochet SUPPORTS GBR"], []),
 ("Britain resumed arms sales to Chile in 1980.", ["GBR SUPPLIES_ARMS CHL"], []),
]
