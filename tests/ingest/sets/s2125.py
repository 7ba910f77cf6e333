DAY = "1976-06-02"
SENTS = [
 ("Syrian tanks and troops moved into Lebanon on Tuesday in what Damascus described as an effort to end the civil war.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("About 2,000 Syrian soldiers advanced toward the besieged towns of Zahle and Qubayat in the Bekaa Valley.", [], []),
 ("Palestinian guerrillas and their leftist Lebanese allies, who had been close to victory, said Syria was trying to crush the Palestinian revolution.", [], ["SYR ATTACKS PSE"]),
 ("Libya and Iraq condemned the Syrian intervention.", ["LBY CONDEMNS SYR", "IRQ CONDEMNS SYR"], []),
 ("President Hafez al-Assad said Syria would withdraw its forces as soon as Lebanon's president asked it to.", [], ["person:hafez-al-assad LEADS SYR", "SYR DEPLOYS_TROOPS LBN"]),
 ("The United States and Israel have signalled that they will not oppose the move as long as Syrian forces stay away from the Israeli border.", [], []),
]
