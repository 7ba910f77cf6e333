DAY = "1956-04-19"
SENTS = [
 ("Premier Nikolai Bulganin and Nikita Khrushchev, the Soviet Communist party chief, landed at Portsmouth on Wednesday from the cruiser Ordzhonikidze to begin a ten-day visit to Britain.", ["person:nikolai-bulganin MEETS GBR", "person:nikita-khrushchev MEETS GBR"], ["person:nikolai-bulganin LEADS SUN", "person:nikita-khrushchev LEADS SUN", "SUN MEETS GBR"]),
 ("Sir Anthony Eden received Bulganin and Khrushchev at Downing Street on Thursday for the first round of talks.", ["person:anthony-eden MEETS person:nikolai-bulganin", "person:anthony-eden MEETS person:nikita-khrushchev", "person:nikolai-bulganin MEETS GBR", "person:nikita-khrushchev MEETS GBR"], []),
 ("The Russians have sold Egypt and Syria jet fighters and tanks by way of Czechoslovakia, and the Prime Minister asked his guests to stop.", ["SUN SUPPLIES_ARMS EGY", "SUN SUPPLIES_ARMS SYR"], ["CSK SUPPLIES_ARMS EGY", "CSK SUPPLIES_ARMS SYR"]),
 ("Britain, fighting a Greek Cypriot guerrilla campaign, keeps some 20,000 soldiers on Cyprus.", ["GBR DEPLOYS_TROOPS CYP"], []),
]
