DAY = "1970-11-17"
SENTS = [
 ("Lieut. Gen. Hafez al-Assad, Syria's defence minister, has taken control of the government in Damascus after a bloodless power struggle within the ruling Baath party.", [], ["person:hafez-al-assad LEADS SYR"]),
 ("President Nureddin al-Atassi and his supporters were arrested, Beirut newspapers reported.", [], ["person:nureddin-al-atassi LEADS SYR"]),
 ("The new leadership said Syria would join Egypt, Libya and the Sudan in the federation they are planning, a step Atassi had opposed.", [], ["SYR ALLIED_WITH EGY", "SYR ALLIED_WITH LBY", "SYR ALLIED_WITH SDN"]),
 ("Moscow, which has supplied Syria with MiG fighters and tanks since the 1950s, is watching the change closely, diplomats said.", ["SUN SUPPLIES_ARMS SYR"], []),
 ("Syrian tanks crossed into Jordan in September to help the Palestinian guerrillas, but pulled back after Jordanian air strikes.", ["SYR DEPLOYS_TROOPS JOR"], ["SYR ATTACKS JOR", "JOR ATTACKS SYR"]),
]
