DAY = "2023-10-04"
SENTS = [
 ("Armenia's parliament voted on Tuesday to join the International Criminal Court, which has issued an arrest warrant for Vladimir Putin.", [], ["org:ICC CONDEMNS person:vladimir-putin", "ARM MEMBER_OF org:ICC"]),
 ("The Kremlin called the decision extremely hostile and said it would raise questions about Yerevan's loyalty to its allies.", [], ["RUS CONDEMNS ARM"]),
 ("Prime Minister Nikol Pashinyan has accused Russian peacekeepers of failing to stop Azerbaijan's offensive in Nagorno-Karabakh last month.", ["person:nikol-pashinyan CONDEMNS RUS"], ["AZE ATTACKS ARM", "RUS DEPLOYS_TROOPS AZE", "person:nikol-pashinyan LEADS ARM"]),
 ("More than 100,000 ethnic Armenians have fled the region to Armenia since Baku took full control.", [], []),
 ("France agreed this week to sell armoured vehicles to Armenia, a first for a Western country.", ["FRA SUPPLIES_ARMS ARM"], []),
]
