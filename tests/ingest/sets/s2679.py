DAY = "1981-09-16"
SENTS = [
 ("Egypt expelled the Soviet ambassador and six of his diplomats on Tuesday, accusing them of stirring up strife between Muslims and Coptic Christians.", ["EGY CONDEMNS SUN"], []),
 ("President Anwar Sadat also ordered about 1,000 Soviet technicians out of the country and closed the Soviet military office in Cairo.", [], ["person:anwar-sadat LEADS EGY"]),
 ("Moscow called the expulsions a hostile act and said Cairo was serving American interests.", ["SUN CONDEMNS EGY"], []),
 ("Washington, now Cairo's largest donor of aid, was told of the expulsions in advance, Egyptian officials said.", ["USA SUPPORTS EGY"], []),
]
