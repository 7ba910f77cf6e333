DAY = "1974-03-19"
SENTS = [
 ("Arab oil ministers meeting in Vienna agreed on Monday to end the embargo on oil shipments to the United States, but Libya and Syria refused to go along.", [], ["LBY SANCTIONS USA", "SYR SANCTIONS USA"]),
 ("Saudi Arabia's oil minister, Sheik Ahmed Zaki Yamani, said the step was taken in recognition of American efforts to secure an Israeli pullback from Egyptian territory.", [], ["ISR DEPLOYS_TROOPS EGY"]),
 ("The embargo, imposed during the October war to punish Washington for its airlift of arms to Israel, stays in force against the Netherlands.", ["USA SUPPLIES_ARMS ISR"], []),
 ("Algeria and Egypt pressed hardest for the lifting, and President Sadat praised Secretary of State Kissinger for his part in the disengagement of forces.", ["person:anwar-sadat SUPPORTS person:henry-kissinger"], ["person:anwar-sadat LEADS EGY", "EGY SUPPORTS USA"]),
 ("Syria, whose troops still face Israeli forces on the Golan Heights, wants the embargo kept until Israel pulls back there as well.", [], ["ISR DEPLOYS_TROOPS SYR"]),
]
