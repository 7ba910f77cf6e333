DAY = "2006-06-21"
SENTS = [
 ("Japan will withdraw its 600 ground troops from southern Iraq, Prime Minister Junichiro Koizumi said on Tuesday, ending its first deployment to a combat zone since the Second World War.", ["JPN DEPLOYS_TROOPS IRQ"], ["person:junichiro-koizumi LEADS JPN"]),
 ("British and Australian forces, which have protected the Japanese soldiers in Muthanna province, will also leave as the province passes to Iraqi control.", [], ["GBR DEPLOYS_TROOPS IRQ", "AUS DEPLOYS_TROOPS IRQ"]),
 ("Japanese air force planes will go on flying supplies for the US-led coalition from Kuwait.", [], ["JPN SUPPORTS USA", "JPN DEPLOYS_TROOPS KWT"]),
 ("Koizumi sent the troops in 2004 despite strong public opposition, to stand by Japan's American ally.", ["JPN ALLIED_WITH USA"], ["JPN SUPPORTS USA", "JPN DEPLOYS_TROOPS IRQ"]),
 ("Iraqi Prime Minister Nouri al-Maliki thanked Japan for its help in rebuilding the province.", ["person:nouri-al-maliki LEADS IRQ"], ["IRQ SUPPORTS JPN", "JPN SUPPORTS IRQ"]),
]
