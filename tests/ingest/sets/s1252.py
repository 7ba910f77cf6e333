DAY = "2025-02-10"
SENTS = [
 ("Estonia, Latvia and Lithuania disconnected their power grids from Russia's on Saturday and synchronised them with the European network a day later.", [], []),
 ("The Baltic states had remained part of a Soviet-era electricity system controlled from Moscow since independence.", [], []),
 ("European Commission President Ursula von der Leyen attended a ceremony in Vilnius to mark the switch.", ["person:ursula-von-der-leyen MEETS LTU"], ["person:ursula-von-der-leyen LEADS org:EC"]),
 ("Poland, which built the link connecting the Baltic grids to Europe, has sent navy ships to guard undersea cables in the Baltic Sea.", [], []),
 ("Several cables were damaged in recent months by ships dragging their anchors, including the Eagle S tanker, which Finland seized in December.", [], []),
]
