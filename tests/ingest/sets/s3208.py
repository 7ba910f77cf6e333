DAY = "2007-01-09"
SENTS = [
 ("An American AC-130 gunship fired on suspected members of al-Qaeda in southern Somalia on Monday, the first open American military action in the country since 1994.", ["USA ATTACKS org:AL-QAEDA"], ["USA ATTACKS SOM"]),
 ("The targets were believed to include men who sheltered the bombers of the American embassies in Kenya and Tanzania in 1998.", [], []),
 ("Ethiopian troops, who drove the Islamic Courts out of Mogadishu two weeks ago, are propping up the transitional government of President Abdullahi Yusuf.", ["ETH DEPLOYS_TROOPS SOM"], ["ETH SUPPORTS SOM", "ETH SUPPORTS person:abdullahi-yusuf", "person:abdullahi-yusuf LEADS SOM"]),
 ("The African Union has approved a peacekeeping force for Somalia, but so far only Uganda has pledged soldiers.", [], ["org:AU DEPLOYS_TROOPS SOM", "UGA DEPLOYS_TROOPS SOM"]),
]
