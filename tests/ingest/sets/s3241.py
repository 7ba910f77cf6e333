DAY = "1990-04-12"
SENTS = [
 ("British customs officers seized eight huge steel tubes bound for Iraq at the port of Middlesbrough on Wednesday, saying they were parts of a giant gun.", [], ["GBR SANCTIONS IRQ"]),
 ("The British makers said they had been told the tubes were for a petrochemical plant.", [], []),
 ("Iraq denied that the tubes were for a gun and accused Britain of joining a Zionist campaign against it.", ["IRQ CONDEMNS GBR"], []),
 ("Last week President Saddam Hussein said Iraq would burn half of Israel with chemical weapons if it attacked.", [], ["person:saddam-hussein LEADS IRQ", "person:saddam-hussein CONDEMNS ISR"]),
 ("The Bush administration called Saddam's threat inflammatory and irresponsible.", ["USA CONDEMNS person:saddam-hussein"], ["USA CONDEMNS IRQ"]),
]
