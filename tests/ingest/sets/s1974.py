DAY = "2006-12-28"
SENTS = [
 ("Ethiopian troops and forces of Somalia's transitional government entered Mogadishu on Thursday after the Islamic Courts Union abandoned the capital.", ["ETH DEPLOYS_TROOPS SOM"], []),
 ("Prime Minister Meles Zenawi said Ethiopia had been forced to defend itself against Islamists who had declared a holy war on his country.", [], ["person:meles-zenawi LEADS ETH"]),
 ("Ethiopia accused Eritrea of arming the Islamists and sending hundreds of its soldiers to fight alongside them.", ["ETH CONDEMNS ERI"], ["ERI SUPPLIES_ARMS SOM", "ERI DEPLOYS_TROOPS SOM"]),
 ("The United States, which accuses the Islamic Courts of sheltering al-Qaeda suspects, has backed the Ethiopian offensive.", ["USA SUPPORTS ETH"], []),
 ("The African Union and the Arab League called for the immediate withdrawal of Ethiopian forces from Somalia.", [], ["org:AU CONDEMNS ETH", "org:ARAB_LEAGUE CONDEMNS ETH", "ETH DEPLOYS_TROOPS SOM"]),
]
