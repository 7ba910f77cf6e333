DAY = "2003-04-09"
SENTS = [
 ("American troops swept into the centre of Baghdad on Wednesday, and crowds helped marines pull down a giant statue of Saddam Hussein in Firdos Square.", ["USA DEPLOYS_TROOPS IRQ"], ["USA ATTACKS IRQ"]),
 ("Iraq's ambassador to the United Nations said the game was over.", [], []),
 ("British forces have taken control of Basra, Iraq's second city, after a two-week siege.", [], ["GBR DEPLOYS_TROOPS IRQ", "GBR ATTACKS IRQ"]),
 ("Secretary of Defense Donald Rumsfeld warned that heavy fighting remained in the north and around Tikrit.", [], []),
 ("Syria, which opposed the war, was warned by Washington not to give shelter to members of the Iraqi leadership.", [], ["USA CONDEMNS SYR"]),
 ("Prime Minister Tony Blair, America's closest ally in the war, said the regime was collapsing.", [], ["person:tony-blair LEADS GBR", "GBR ALLIED_WITH USA", "person:tony-blair ALLIED_WITH USA"]),
]
