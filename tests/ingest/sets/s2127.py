DAY = "1956-07-27"
SENTS = [
 ("President Gamal Abdel Nasser announced on Thursday that Egypt had nationalised the Suez Canal Company and would use its revenues to build the Aswan High Dam.", [], ["person:gamal-abdel-nasser LEADS EGY"]),
 ("Speaking to a crowd in Alexandria, Nasser said the United States and Britain had withdrawn their offer to finance the dam to punish Egypt for its arms deal with Czechoslovakia.", ["CSK SUPPLIES_ARMS EGY"], ["USA SANCTIONS EGY", "GBR SANCTIONS EGY", "person:gamal-abdel-nasser CONDEMNS USA", "person:gamal-abdel-nasser CONDEMNS GBR"]),
 ("Egypt has received Soviet-designed tanks and MiG jets from Czechoslovakia since last year.", ["CSK SUPPLIES_ARMS EGY"], []),
 ("Britain and France, the company's main shareholders, protested strongly.", [], ["GBR CONDEMNS EGY", "FRA CONDEMNS EGY"]),
 ("Prime Minister Anthony Eden told the House of Commons that Britain could not accept an arrangement that left the canal in the unfettered control of a single power.", [], ["person:anthony-eden LEADS GBR"]),
 ("The Soviet Union, which has offered to help build the dam, welcomed the decision.", [], ["SUN SUPPORTS EGY"]),
]
