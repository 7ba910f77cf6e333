DAY = "1953-02-13"
SENTS = [
 ("The Soviet Union severed diplomatic relations with Israel on Thursday, three days after a bomb went off in the garden of the Soviet legation in Tel Aviv.", [], ["SUN SANCTIONS ISR"]),
 ("Moscow held the Israeli government responsible for the outrage, which injured the minister's wife and two members of his staff.", ["SUN CONDEMNS ISR"], []),
 ("The Israeli Foreign Minister, Moshe Sharett, expressed his government's deep regret and promised that the culprits would be found and punished.", [], []),
 ("Israeli spokesmen said the break had been decided long before the bombing and tied it to the arrest of Jewish doctors in Moscow last month.", [], ["ISR CONDEMNS SUN"]),
 ("Czechoslovakia and Poland are expected to follow the Soviet lead.", [], []),
]
