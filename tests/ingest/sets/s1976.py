DAY = "1995-03-10"
SENTS = [
 ("Canadian fisheries officers fired warning shots and seized the Spanish trawler Estai in international waters off Newfoundland on Thursday.", [], ["CAN ATTACKS ESP"]),
 ("Spain accused Canada of piracy and sent a navy patrol boat to the area to protect its fishing fleet.", ["ESP CONDEMNS CAN"], []),
 ("The European Union condemned the seizure as a flagrant violation of international law and suspended a cooperation agreement with Ottawa.", [], ["org:EU CONDEMNS CAN", "org:EU SANCTIONS CAN"]),
 ("Canadian Fisheries Minister Brian Tobin said the Estai had been using illegal nets to catch young turbot.", [], []),
 ("Britain, whose fishermen have long resented the Spanish fleet, refused to support sanctions against Canada.", [], []),
]
