DAY = "2020-08-14"
SENTS = [
 ("Turkey sent its survey ship Oruc Reis, escorted by warships, into waters claimed by Greece south of the island of Kastellorizo this week.", [], []),
 ("Athens accused Ankara of threatening peace in the eastern Mediterranean and put its armed forces on alert.", ["GRC CONDEMNS TUR"], []),
 ("France said on Thursday it was temporarily reinforcing its military presence in the region, dispatching two Rafale jets and a navy frigate to Crete.", [], ["FRA DEPLOYS_TROOPS GRC"]),
 ("Turkish President Recep Tayyip Erdogan warned that any attack on the Oruc Reis would be answered.", ["person:recep-tayyip-erdogan LEADS TUR"], []),
 ("EU foreign ministers expressed full solidarity with Greece and Cyprus at an emergency videoconference on Friday.", ["org:EU SUPPORTS GRC", "org:EU SUPPORTS CYP"], []),
]
