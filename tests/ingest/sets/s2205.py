DAY = "2012-06-22"
SENTS = [
 ("Syria shot down a Turkish military jet over the Mediterranean on Friday, the Turkish government said.", ["SYR ATTACKS TUR"], []),
 ("Syrian military officials said the F-4 Phantom had violated Syrian airspace and was brought down by anti-aircraft fire a kilometre off the coast.", [], ["SYR ATTACKS TUR", "SYR CONDEMNS TUR"]),
 ("Prime Minister Recep Tayyip Erdogan convened an emergency meeting with his military chiefs and said Turkey would take whatever steps were necessary.", [], ["person:recep-tayyip-erdogan LEADS TUR"]),
 ("Turkey asked for a meeting of NATO's North Atlantic Council under Article 4 of the alliance's treaty.", [], ["TUR MEMBER_OF org:NATO"]),
 ("NATO condemned the downing in the strongest terms and expressed its solidarity with Turkey.", ["org:NATO SUPPORTS TUR"], ["org:NATO CONDEMNS SYR"]),
 ("Russia, Syria's main arms supplier, cautioned against treating the incident as a provocation.", ["RUS SUPPLIES_ARMS SYR"], []),
]
