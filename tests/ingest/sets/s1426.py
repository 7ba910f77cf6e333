DAY = "2022-01-07"
SENTS = [
 ("Japan and Australia signed a reciprocal access agreement on Thursday that will let their troops train in each other's territory.", ["JPN ALLIED_WITH AUS"], []),
 ("Fumio Kishida and Scott Morrison signed the treaty in a virtual summit.", ["person:fumio-kishida MEETS person:scott-morrison"], ["person:fumio-kishida ALLIED_WITH person:scott-morrison", "AUS ALLIED_WITH JPN"]),
 ("It is Japan's first such pact with any country other than the United States, whose forces are stationed in Japan.", ["USA DEPLOYS_TROOPS JPN"], ["USA ALLIED_WITH JPN"]),
 ("China's foreign ministry said the two countries should not harm the interests of third parties.", [], []),
 ("Australia is also part of the AUKUS security partnership with Britain and the United States.", ["AUS MEMBER_OF org:AUKUS", "AUS ALLIED_WITH GBR", "AUS ALLIED_WITH USA"], ["GBR MEMBER_OF org:AUKUS", "USA MEMBER_OF org:AUKUS"]),
]
