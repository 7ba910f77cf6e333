DAY = "2023-09-29"
SENTS = [
 ("About 30 Serb gunmen attacked Kosovo police in the northern village of Banjska on Sunday, killing an officer before barricading themselves in a monastery.", [], []),
 ("Kosovo's prime minister, Albin Kurti, accused Serbia of sponsoring the attack and called it an act of terrorism.", ["person:albin-kurti LEADS XKX", "person:albin-kurti CONDEMNS SRB"], []),
 ("The White House said Serbia had deployed an unprecedented number of troops and tanks along the border with Kosovo and urged Belgrade to pull them back.", ["USA CONDEMNS SRB"], []),
 ("NATO, which has led a peacekeeping force in Kosovo since 1999, said it would send additional troops.", ["org:NATO DEPLOYS_TROOPS XKX"], []),
 ("Serbian President Aleksandar Vucic denied that Belgrade had any role and accused Kurti of provoking the violence.", ["person:aleksandar-vucic LEADS SRB", "person:aleksandar-vucic CONDEMNS person:albin-kurti"], []),
]
