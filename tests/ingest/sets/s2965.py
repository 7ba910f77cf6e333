DAY = "1945-12-27"
SENTS = [
 ("The foreign ministers of the United States, Britain and the Soviet Union ended their conference in Moscow last night with agreement on a trusteeship for Korea and a commission on atomic energy.", [], ["USA MEETS SUN", "GBR MEETS SUN", "USA MEETS GBR"]),
 ("Secretary of State James Byrnes, who flew home today, said the talks had broken the deadlock left by the London conference in September.", [], []),
 ("The three powers agreed that the American and Soviet commands in Korea would form a joint commission to help set up a provisional Korean government.", [], ["USA DEPLOYS_TROOPS KOR", "SUN DEPLOYS_TROOPS KOR"]),
 ("Britain's Foreign Secretary, Ernest Bevin, told the Russians that British troops would stay in Greece until elections had been held.", ["GBR DEPLOYS_TROOPS GRC"], ["person:ernest-bevin MEETS SUN"]),
 ("Mr. Molotov accused Britain of propping up reactionaries in Greece and Indonesia.", ["person:vyacheslav-molotov CONDEMNS GBR"], ["SUN CONDEMNS GBR"]),
]
