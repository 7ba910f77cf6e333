DAY = "2019-06-07"
SENTS = [
 ("The African Union suspended Sudan on Thursday until a civilian-led transitional authority is in place, days after security forces killed dozens of protesters at a sit-in outside the army headquarters in Khartoum.", ["SDN MEMBER_OF org:AU"], []),
 ("The AU's Peace and Security Council warned that it would impose punitive measures on individuals and entities that obstruct a handover of power.", [], ["org:AU SANCTIONS SDN"]),
 ("Ethiopian Prime Minister Abiy Ahmed flew to Khartoum on Friday to mediate between the ruling military council and the opposition alliance.", ["person:abiy-ahmed MEETS SDN", "person:abiy-ahmed LEADS ETH"], []),
 ("Britain, Germany and the United States condemned the crackdown by Sudan's security forces and urged the generals to resume talks with the protest leaders.", ["GBR CONDEMNS SDN", "DEU CONDEMNS SDN", "USA CONDEMNS SDN"], []),
 ("Saudi Arabia and the United Arab Emirates, the main backers of Sudan's military council, have said little about the killings.", ["SAU SUPPORTS SDN", "ARE SUPPORTS SDN"], []),
]
