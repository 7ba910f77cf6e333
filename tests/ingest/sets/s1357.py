DAY = "2023-12-07"
SENTS = [
 ("Recep Tayyip Erdogan visited Athens on Thursday for the first time in six years and signed a declaration on friendly relations with Prime Minister Kyriakos Mitsotakis.", ["person:recep-tayyip-erdogan MEETS GRC"], ["person:recep-tayyip-erdogan MEETS person:kyriakos-mitsotakis", "person:kyriakos-mitsotakis LEADS GRC"]),
 ("The two NATO members have clashed for decades over airspace, maritime boundaries and Cyprus.", ["GRC MEMBER_OF org:NATO", "TUR MEMBER_OF org:NATO"], ["GRC ATTACKS TUR", "TUR ATTACKS GRC"]),
 ("Greek officials said Athens would support Turkey's bid to modernise its customs union with the European Union.", [], ["GRC SUPPORTS TUR", "TUR TRADES_WITH org:EU"]),
 ("Ankara has long accused Athens of militarising islands in the Aegean in violation of post-war treaties.", ["TUR CONDEMNS GRC"], []),
 ("Mitsotakis is due to visit Ankara next year.", [], []),
]
