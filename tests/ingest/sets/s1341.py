DAY = "2024-01-03"
SENTS = [
 ("Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland on Monday that would give it access to the Red Sea.", [], []),
 ("Somalia, which considers Somaliland part of its territory, called the deal an act of aggression and recalled its ambassador from Addis Ababa.", [], ["SOM CONDEMNS ETH"]),
 ("Under the deal, Ethiopia would lease 20 kilometres of coastline for a naval base.", [], []),
 ("Egypt and Eritrea have backed Mogadishu in the dispute.", ["EGY SUPPORTS SOM", "ERI SUPPORTS SOM"]),
 ("Ethiopian troops are deployed in Somalia to fight al-Shabaab.", ["ETH DEPLOYS_TROOPS SOM", "ETH ATTACKS org:SHABAAB"], ["ETH SUPPORTS SOM"]),
]
