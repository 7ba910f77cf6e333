DAY = "1996-04-19"
SENTS = [
 ("Israeli artillery shells hit a United Nations base at Qana in southern Lebanon on Thursday, killing more than 100 civilians who had taken shelter there from an eight-day Israeli offensive against Hezbollah.", ["ISR ATTACKS LBN", "ISR ATTACKS org:HEZBOLLAH"], ["ISR ATTACKS org:UN", "org:UN DEPLOYS_TROOPS LBN"]),
 ("Prime Minister Shimon Peres said Israel deeply regretted the deaths but blamed Hezbollah for firing rockets from positions near the base.", ["ISR CONDEMNS org:HEZBOLLAH"], ["person:shimon-peres LEADS ISR", "person:shimon-peres CONDEMNS org:HEZBOLLAH"]),
 ("Hezbollah has fired hundreds of Katyusha rockets into northern Israel since the offensive began.", ["org:HEZBOLLAH ATTACKS ISR"], []),
 ("France sent Foreign Minister Herve de Charette to Beirut and Damascus to seek a ceasefire, and Secretary of State Warren Christopher flew to the region on Saturday.", [], ["FRA MEETS LBN", "FRA MEETS SYR", "person:herve-de-charette MEETS LBN", "person:herve-de-charette MEETS SYR"]),
 ("Syria, which has 35,000 troops in Lebanon and backs Hezbollah, said the massacre showed Israel had no interest in peace.", ["SYR DEPLOYS_TROOPS LBN", "SYR SUPPORTS org:HEZBOLLAH"], ["SYR CONDEMNS ISR"]),
]
