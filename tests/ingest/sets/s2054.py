DAY = "1975-12-08"
SENTS = [
 ("Indonesian paratroopers and marines landed in Dili on Sunday and seized the capital of Portuguese Timor from Fretilin forces, which declared the territory independent last month.", [], ["IDN ATTACKS TLS", "IDN DEPLOYS_TROOPS TLS"]),
 ("The invasion came a day after President Gerald Ford and Secretary of State Henry Kissinger ended a visit to Jakarta, where they held talks with President Suharto.", ["person:gerald-ford MEETS person:suharto", "person:gerald-ford MEETS IDN", "person:henry-kissinger MEETS IDN", "person:henry-kissinger MEETS person:suharto"], ["person:suharto LEADS IDN", "person:gerald-ford LEADS USA"]),
 ("Portugal broke off diplomatic relations with Indonesia and asked the United Nations Security Council to meet.", [], ["PRT SANCTIONS IDN", "PRT CONDEMNS IDN"]),
 ("Australia's Prime Minister Malcolm Fraser said his government deplored the use of force.", ["person:malcolm-fraser LEADS AUS"], ["person:malcolm-fraser CONDEMNS IDN"]),
 ("China condemned the invasion and expressed support for the people of East Timor.", ["CHN SUPPORTS TLS"], ["CHN CONDEMNS IDN"]),
]
