DAY = "1985-12-28"
SENTS = [
 ("Gunmen opened fire on passengers at the El Al and TWA counters of the Rome and Vienna airports on Friday, killing 16 people.", [], []),
 ("Israel and the United States blamed the Palestinian group of Abu Nidal, which they say operates from Libya and Syria with the help of both governments.", [], ["ISR CONDEMNS LBY", "ISR CONDEMNS SYR", "USA CONDEMNS LBY", "USA CONDEMNS SYR"]),
 ("Italy's Prime Minister, Bettino Craxi, said Rome would review its ties with Tripoli.", ["person:bettino-craxi LEADS ITA"], []),
 ("The United States already bans imports of Libyan oil, and Washington has urged its European allies to impose economic sanctions of their own on Colonel Qaddafi's government.", ["USA SANCTIONS LBY"], []),
]
