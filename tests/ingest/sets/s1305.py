DAY = "2025-08-05"
SENTS = [
 ("Australia chose Mitsubishi Heavy Industries' upgraded Mogami-class frigate over a German rival on Tuesday, Japan's biggest defence export since the Second World War.", ["JPN SUPPLIES_ARMS AUS"], []),
 ("The first three of the 11 warships will be built in Japan, the rest in Western Australia.", [], []),
 ("Defence Minister Richard Marles called Japan Australia's closest partner in the region.", [], ["AUS ALLIED_WITH JPN", "person:richard-marles SUPPORTS JPN"]),
 ("Tokyo eased its ban on arms exports in 2014.", [], []),
 ("ThyssenKrupp Marine Systems, the losing bidder, had offered its MEKO A-200 design.", [], []),
]
