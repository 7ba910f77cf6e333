DAY = "1947-03-13"
SENTS = [
 ("President Truman asked Congress on Wednesday for $400 million in military and economic aid for Greece and Turkey, to help them resist Communist pressure.", [], ["USA SUPPORTS GRC", "USA SUPPORTS TUR", "person:harry-s-truman LEADS USA"]),
 ("Britain told Washington last month that it could no longer afford to support the Greek government.", [], ["GBR SUPPORTS GRC"]),
 ("Greek government troops are fighting Communist guerrillas who get supplies and shelter from Yugoslavia, Albania and Bulgaria.", [], ["YUG SUPPORTS GRC", "ALB SUPPORTS GRC", "BGR SUPPORTS GRC"]),
 ("Moscow has pressed Ankara for bases on the Dardanelles.", [], []),
 ("Some 16,000 British troops are still stationed in Greece.", ["GBR DEPLOYS_TROOPS GRC"], []),
]
