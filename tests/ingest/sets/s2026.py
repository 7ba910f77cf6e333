DAY = "1998-06-06"
SENTS = [
 ("Ethiopian warplanes bombed the airport in Asmara, the Eritrean capital, on Friday, and Eritrean jets struck the northern Ethiopian town of Mekele, killing dozens of civilians.", ["ETH ATTACKS ERI", "ERI ATTACKS ETH"], []),
 ("The fighting began in May when Eritrean troops occupied the disputed border village of Badme.", [], ["ERI DEPLOYS_TROOPS ETH", "ERI ATTACKS ETH"]),
 ("Ethiopia's Prime Minister Meles Zenawi said his country would defend its sovereignty by all means.", ["person:meles-zenawi LEADS ETH"], []),
 ("The United States and Rwanda have proposed a peace plan under which Eritrea would withdraw from Badme.", [], ["USA MEETS ERI", "RWA MEETS ERI"]),
 ("Eritrean President Isaias Afwerki rejected the plan.", ["person:isaias-afwerki LEADS ERI"], []),
]
