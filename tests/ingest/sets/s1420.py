DAY = "2020-01-17"
SENTS = [
 ("Turkey has begun sending troops to Libya to support the UN-recognised government in Tripoli, President Recep Tayyip Erdogan said on Thursday.", ["TUR DEPLOYS_TROOPS LBY"], ["TUR SUPPORTS LBY", "person:recep-tayyip-erdogan LEADS TUR"]),
 ("Khalifa Haftar's forces, which are backed by Russia, the United Arab Emirates and Egypt, have besieged the capital since April.", ["RUS SUPPORTS person:khalifa-haftar", "ARE SUPPORTS person:khalifa-haftar", "EGY SUPPORTS person:khalifa-haftar"], ["person:khalifa-haftar ATTACKS LBY"]),
 ("Angela Merkel will host a conference on Libya in Berlin on Sunday, attended by Putin and Erdogan.", [], []),
 ("Ankara and Tripoli signed a security and military cooperation deal in November, alongside a maritime accord that Greece called illegal.", ["TUR ALLIED_WITH LBY"], ["GRC CONDEMNS TUR", "GRC CONDEMNS LBY"]),
 ("Russian mercenaries from the Wagner group are fighting on Haftar's side.", ["org:WAGNER SUPPORTS person:khalifa-haftar"], ["org:WAGNER DEPLOYS_TROOPS LBY", "RUS SUPPORTS person:khalifa-haftar"]),
]
