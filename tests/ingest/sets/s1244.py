DAY = "2025-07-02"
SENTS = [
 ("China has lifted the last of its trade restrictions on Australian goods, ending a dispute that began in 2020 when Canberra called for an inquiry into the origins of Covid-19.", [], ["CHN SANCTIONS AUS", "CHN TRADES_WITH AUS"]),
 ("At the height of the dispute Beijing imposed tariffs of more than 200 percent on Australian wine.", [], ["CHN SANCTIONS AUS"]),
 ("Prime Minister Anthony Albanese met Xi Jinping in Beijing this month on his second visit to China.", ["person:anthony-albanese MEETS person:xi-jinping", "person:anthony-albanese MEETS CHN"], ["person:anthony-albanese LEADS AUS"]),
 ("China buys about a third of Australia's exports, chiefly iron ore and coal.", ["CHN TRADES_WITH AUS"]),
 ("Australia is also a member of the AUKUS pact with Britain and the United States.", ["AUS MEMBER_OF org:AUKUS"], ["AUS ALLIED_WITH GBR", "AUS ALLIED_WITH USA"]),
]
