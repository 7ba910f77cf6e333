DAY = "1969-12-24"
SENTS = [
 ("The United States agreed on Tuesday to evacuate Wheelus Air Base near Tripoli by June at the request of Libya's new revolutionary government.", [], ["USA DEPLOYS_TROOPS LBY"]),
 ("Wheelus has been an American airfield on Libyan soil since 1943.", ["USA DEPLOYS_TROOPS LBY"], []),
 ("Britain has already agreed to pull its troops out of Libya by March.", [], ["GBR DEPLOYS_TROOPS LBY"]),
 ("Colonel Muammar el-Qaddafi, who overthrew King Idris in September, has demanded the departure of all foreign forces.", [], ["person:muammar-gaddafi LEADS LBY"]),
 ("President Nasser has pledged Egypt's full support to the Libyan revolution.", ["person:gamal-abdel-nasser SUPPORTS LBY"], ["EGY SUPPORTS LBY", "person:gamal-abdel-nasser LEADS EGY"]),
]
