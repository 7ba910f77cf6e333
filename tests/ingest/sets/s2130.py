DAY = "1965-08-10"
SENTS = [
 ("Singapore left the Federation of Malaysia on Monday and became an independent state, two years after joining it.", [], []),
 ("Prime Minister Tunku Abdul Rahman told Parliament in Kuala Lumpur that expelling Singapore was the only way to avoid bloodshed between Malays and Chinese.", [], ["person:tunku-abdul-rahman LEADS MYS"]),
 ("Singapore's Prime Minister, Lee Kuan Yew, wept as he announced the separation on television.", ["person:lee-kuan-yew LEADS SGP"], []),
 ("Britain, which keeps a large naval base in Singapore, said its defence arrangements with both countries would continue.", ["GBR DEPLOYS_TROOPS SGP"], ["GBR ALLIED_WITH SGP", "GBR ALLIED_WITH MYS"]),
 ("Indonesia, which has waged an undeclared war against Malaysia since 1963, said it would consider recognising Singapore.", ["IDN ATTACKS MYS"], ["IDN SUPPORTS SGP"]),
]
