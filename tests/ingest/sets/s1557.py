DAY = "2021-03-23"
SENTS = [
 ("Ethiopian Prime Minister Abiy Ahmed admitted for the first time on Tuesday that Eritrean troops had entered the Tigray region.", ["person:abiy-ahmed LEADS ETH", "ERI DEPLOYS_TROOPS ETH"], []),
 ("The United States had accused Eritrean forces of killing civilians and demanded their immediate withdrawal.", ["USA CONDEMNS ERI"], ["ERI ATTACKS ETH"]),
 ("Abiy, who won the Nobel Peace Prize in 2019 for ending the war with Eritrea, said Asmara had promised to pull its soldiers out.", [], ["ERI DEPLOYS_TROOPS ETH"]),
 ("Sudan, which has taken in more than 60,000 refugees from Tigray, accused Ethiopian forces of crossing its border.", ["SDN CONDEMNS ETH"], []),
 ("The United Arab Emirates, which has a military base in Eritrea, denied reports that its drones had struck Tigray.", ["ARE DEPLOYS_TROOPS ERI"], []),
]
