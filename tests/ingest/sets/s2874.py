DAY = "1963-09-19"
SENTS = [
 ("Crowds in Jakarta sacked and burned the British embassy on Wednesday in protest against the formation of Malaysia.", [], []),
 ("Indonesia broke off trade with Malaysia and Singapore and refused to recognize the new federation.", ["IDN SANCTIONS MYS", "IDN SANCTIONS SGP"], ["IDN TRADES_WITH MYS", "IDN TRADES_WITH SGP"]),
 ("The Philippines, which claims Sabah, also withheld recognition.", [], []),
 ("Britain is pledged to defend Malaysia against any attack under the 1957 defence treaty, which now covers Sabah and Sarawak as well.", ["GBR ALLIED_WITH MYS"], ["GBR SUPPORTS MYS"]),
 ("Tunku Abdul Rahman, the Malaysian Prime Minister, accused President Sukarno of trying to destroy the new nation.", ["person:tunku-abdul-rahman LEADS MYS", "person:tunku-abdul-rahman CONDEMNS person:sukarno"], ["person:sukarno LEADS IDN", "MYS CONDEMNS IDN"]),
]
