DAY = "2020-02-23"
SENTS = [
 ("Serbia has taken delivery of a Russian Pantsir air defence system, President Aleksandar Vucic said on Sunday, despite American warnings that buying Russian arms could bring sanctions.", ["RUS SUPPLIES_ARMS SRB", "person:aleksandar-vucic LEADS SRB"], ["USA SANCTIONS SRB", "USA CONDEMNS SRB"]),
 ("The system was flown to Belgrade aboard Russian military transport planes after joint exercises last autumn.", [], ["RUS ALLIED_WITH SRB"]),
 ("Vucic said Serbia, which wants to join the European Union but not NATO, would stay militarily neutral.", [], []),
 ("Belgrade has received ten MiG-29 fighters, 30 tanks and 30 armoured vehicles from Moscow as donations since 2017.", ["RUS SUPPLIES_ARMS SRB"], []),
 ("Serbia also bought Chinese drones last year, the first Chinese combat drones sold to a European country.", ["CHN SUPPLIES_ARMS SRB"], []),
]
