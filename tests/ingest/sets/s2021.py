DAY = "1986-11-26"
SENTS = [
 ("President Ronald Reagan said on Tuesday that he had not been fully informed that profits from secret arms sales to Iran had been diverted to the Contra rebels fighting the government of Nicaragua.", [], ["USA SUPPLIES_ARMS IRN", "person:ronald-reagan LEADS USA", "org:CONTRAS ATTACKS NIC"]),
 ("Attorney General Edwin Meese said between 10 and 30 million dollars from the sales had been deposited in Swiss bank accounts for the rebels.", [], []),
 ("Congress had banned military aid to the Contras in 1984.", [], []),
 ("The sales to Tehran, which Washington accuses of sponsoring terrorism, were meant to win the release of American hostages held in Lebanon.", ["USA CONDEMNS IRN"], ["USA SUPPLIES_ARMS IRN"]),
 ("Nicaragua's Sandinista government, which is backed by the Soviet Union and Cuba, called the revelations proof of American aggression.", ["SUN SUPPORTS NIC", "CUB SUPPORTS NIC", "NIC CONDEMNS USA"], []),
]
