DAY = "1980-09-23"
SENTS = [
 ("Iraqi warplanes bombed ten Iranian airfields on Monday, including Mehrabad airport outside Tehran, and Iraqi troops crossed the border in several places.", ["IRQ ATTACKS IRN"], []),
 ("President Saddam Hussein said Iraq was defending its sovereignty over the Shatt al-Arab waterway, whose 1975 treaty with Iran he tore up last week.", [], ["person:saddam-hussein LEADS IRQ"]),
 ("Iranian jets struck back at Baghdad and at oil installations in Basra on Tuesday.", ["IRN ATTACKS IRQ"], []),
 ("Ayatollah Ruhollah Khomeini called on Iraqis to overthrow Saddam, whom he accused of serving the United States.", ["person:ruhollah-khomeini CONDEMNS person:saddam-hussein"], []),
 ("The Soviet Union, which has a friendship treaty with Baghdad, declared its neutrality in the conflict.", ["SUN ALLIED_WITH IRQ"], []),
 ("Jordan declared its support for Baghdad and opened the port of Aqaba to Iraqi cargo.", ["JOR SUPPORTS IRQ"], ["JOR TRADES_WITH IRQ"]),
]
