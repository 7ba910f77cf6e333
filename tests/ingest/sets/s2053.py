DAY = "1970-09-21"
SENTS = [
 ("Syrian tanks crossed into northern Jordan on Sunday to support Palestinian guerrillas fighting King Hussein's army, and Jordanian forces said they had destroyed dozens of them near Irbid.", ["SYR DEPLOYS_TROOPS JOR", "SYR ATTACKS JOR", "JOR ATTACKS SYR"], ["SYR SUPPORTS org:PLO", "person:hussein-bin-talal LEADS JOR"]),
 ("King Hussein appealed to the United States and Britain for help, and the American Sixth Fleet moved closer to the eastern Mediterranean coast.", [], ["person:hussein-bin-talal LEADS JOR"]),
 ("The Nixon administration warned Damascus to withdraw its forces and said Israel might intervene if the Syrian advance continued.", [], ["ISR ATTACKS SYR", "USA CONDEMNS SYR", "SYR DEPLOYS_TROOPS JOR"]),
 ("The Soviet Union, Syria's main arms supplier, urged restraint on all sides.", ["SUN SUPPLIES_ARMS SYR"], []),
 ("Iraq, which has 12,000 troops stationed in Jordan, said they would not take part in the fighting.", ["IRQ DEPLOYS_TROOPS JOR"], []),
]
