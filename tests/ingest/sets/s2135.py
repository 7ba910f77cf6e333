DAY = "1964-01-26"
SENTS = [
 ("British commandos flown in from an aircraft carrier disarmed mutinous soldiers at the Colito barracks outside Dar es Salaam on Saturday at the request of President Julius Nyerere of Tanganyika.", ["GBR DEPLOYS_TROOPS TZA", "person:julius-nyerere LEADS TZA"], ["GBR SUPPORTS TZA", "GBR SUPPORTS person:julius-nyerere"]),
 ("British troops also moved into Uganda and Kenya after similar mutinies this week, at the request of their governments.", ["GBR DEPLOYS_TROOPS UGA", "GBR DEPLOYS_TROOPS KEN"], ["GBR SUPPORTS UGA", "GBR SUPPORTS KEN"]),
 ("Nyerere, who had hidden for two days during the mutiny, thanked Britain but said he regretted having to call for help from the former colonial power.", [], ["person:julius-nyerere SUPPORTS GBR"]),
 ("He said he would ask other African states to send troops to replace the British force.", [], []),
 ("Kenya's Prime Minister Jomo Kenyatta said the mutineers would be punished.", ["person:jomo-kenyatta LEADS KEN"], []),
]
