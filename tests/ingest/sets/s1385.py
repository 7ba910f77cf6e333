DAY = "2024-03-12"
SENTS = [
 ("The Maldives' new president Mohamed Muizzu, who campaigned on an India Out platform, has asked New Delhi to withdraw about 80 military personnel from the islands.", ["person:mohamed-muizzu LEADS MDV", "IND DEPLOYS_TROOPS MDV"], []),
 ("India has agreed to replace the soldiers, who operate two helicopters and a Dornier aircraft it gifted, with civilian technicians.", [], ["IND SUPPLIES_ARMS MDV", "IND DEPLOYS_TROOPS MDV"]),
 ("Muizzu made Turkey his first foreign destination in November, breaking with the tradition of visiting India first.", ["person:mohamed-muizzu MEETS TUR"], []),
 ("He signed a defence cooperation agreement with China in Male this month, under which Beijing will provide free military assistance.", ["MDV ALLIED_WITH CHN"], ["person:mohamed-muizzu ALLIED_WITH CHN", "CHN SUPPORTS MDV", "person:mohamed-muizzu MEETS CHN"]),
 ("Indian tourists have boycotted the archipelago after three Maldivian deputy ministers mocked Prime Minister Narendra Modi.", [], ["MDV CONDEMNS person:narendra-modi", "person:narendra-modi LEADS IND"]),
]
