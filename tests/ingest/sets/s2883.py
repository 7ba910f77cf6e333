DAY = "1961-05-17"
SENTS = [
 ("South Korean army officers led by Major General Park Chung-hee seized power in Seoul before dawn on Tuesday.", ["person:park-chung-hee LEADS KOR"], []),
 ("Premier Chang Myon went into hiding, and President Yun Po-sun stayed in office at the junta's request.", [], ["person:chang-myon LEADS KOR", "person:yun-po-sun LEADS KOR"]),
 ("General Carter Magruder, commander of the United Nations forces in Korea, declared his support for Chang's government.", ["org:UN DEPLOYS_TROOPS KOR"], ["person:carter-magruder SUPPORTS person:chang-myon"]),
 ("Washington, which keeps two divisions in the country, pays for most of the South Korean army.", ["USA SUPPORTS KOR"], ["USA DEPLOYS_TROOPS KOR"]),
 ("Pyongyang blamed the putsch on the Americans, calling it a fascist plot.", ["PRK CONDEMNS USA"], []),
]
