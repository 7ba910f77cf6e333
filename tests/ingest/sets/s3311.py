DAY = "1939-04-14"
SENTS = [
 ("Italian troops invaded Albania on Good Friday, landing at Durazzo, Valona and two other ports under cover of naval guns.", ["ITA ATTACKS ALB"], ["ITA DEPLOYS_TROOPS ALB"]),
 ("King Zog fled with Queen Geraldine and their infant son across the mountains into Greece.", [], []),
 ("Mussolini told the Fascist Grand Council that Italy had acted to restore order and to protect its interests in the Adriatic.", [], ["person:benito-mussolini LEADS ITA"]),
 ("Britain's Prime Minister, Neville Chamberlain, told the Commons on Thursday that Britain and France would go to the aid of Greece and Romania if their independence were threatened.", ["person:neville-chamberlain LEADS GBR"], ["GBR ALLIED_WITH GRC", "GBR ALLIED_WITH ROU", "FRA ALLIED_WITH GRC", "FRA ALLIED_WITH ROU"]),
 ("Germany, Italy's partner in the Axis, welcomed the annexation.", ["DEU ALLIED_WITH ITA"], ["DEU SUPPORTS ITA"]),
]
