DAY = "1973-05-21"
SENTS = [
 ("Britain sent three frigates into the disputed waters off Iceland on Saturday to protect British trawlers fishing inside the 50-mile limit that Reykjavik declared last September.", [], ["GBR DEPLOYS_TROOPS ISL"]),
 ("The Icelandic government called the dispatch of British warships an act of aggression and lodged a protest with NATO.", ["ISL CONDEMNS GBR"], ["ISL MEMBER_OF org:NATO"]),
 ("Prime Minister Olafur Johannesson said Iceland might have to reconsider its membership of the alliance and the future of the American base at Keflavik.", ["USA DEPLOYS_TROOPS ISL"], ["person:olafur-johannesson LEADS ISL", "ISL MEMBER_OF org:NATO"]),
 ("Icelandic gunboats have cut the trawl wires of dozens of British trawlers since the limit took effect.", [], ["ISL ATTACKS GBR"]),
 ("West Germany, whose trawlers also fish in the zone, has taken Iceland to the International Court of Justice.", ["DEU CONDEMNS ISL"], []),
]
