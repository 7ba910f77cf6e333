DAY = "2000-05-21"
SENTS = [
 ("Gunmen led by George Speight, a failed businessman, stormed Fiji's parliament on Friday and have since held Prime Minister Mahendra Chaudhry and most of his cabinet hostage.", [], ["person:mahendra-chaudhry LEADS FJI"]),
 ("Mr Chaudhry became the country's first prime minister of Indian descent a year ago, and Speight says he wants power returned to indigenous Fijians.", [], []),
 ("Australia's prime minister, John Howard, condemned the seizure and warned that Canberra would review its defence and aid ties with Suva if the constitution was overturned.", ["person:john-howard LEADS AUS"], ["person:john-howard CONDEMNS FJI", "AUS SANCTIONS FJI"]),
 ("New Zealand's prime minister, Helen Clark, said Wellington would press for Fiji's suspension from the Commonwealth if the hostages were not freed.", ["person:helen-clark LEADS NZL"], ["FJI MEMBER_OF org:COMMONWEALTH"]),
 ("India, which has expressed alarm for the safety of Fiji's ethnic Indian majority in the sugar-growing regions, sent a senior diplomat to Suva on Sunday.", [], ["IND MEETS FJI"]),
]
