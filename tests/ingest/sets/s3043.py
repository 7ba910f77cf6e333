DAY = "1968-01-17"
SENTS = [
 ("Prime Minister Harold Wilson told the Commons yesterday that Britain would withdraw its forces from Singapore, Malaysia and the Persian Gulf by the end of 1971.", ["GBR DEPLOYS_TROOPS SGP", "GBR DEPLOYS_TROOPS MYS"], ["person:harold-wilson LEADS GBR"]),
 ("The decision, forced by the devaluation of the pound, ends Britain's role as a military power east of Suez.", [], []),
 ("Singapore's Prime Minister, Lee Kuan Yew, flew to London last week to plead for more time.", ["person:lee-kuan-yew LEADS SGP", "person:lee-kuan-yew MEETS GBR"], []),
 ("Washington, which has half a million troops in South Vietnam, expressed its regret at the British decision.", ["USA DEPLOYS_TROOPS RVN"], ["USA CONDEMNS GBR"]),
 ("Britain will also cancel its order for fifty American F-111 bombers.", [], ["USA SUPPLIES_ARMS GBR", "USA TRADES_WITH GBR"]),
]
