DAY = "2007-09-07"
SENTS = [
 ("Syria said on Thursday that Israeli warplanes had violated its airspace before dawn and dropped munitions on an empty area in the north of the country.", [], ["ISR ATTACKS SYR", "SYR CONDEMNS ISR"]),
 ("Israel refused to comment on the incident.", [], []),
 ("Syria said it would complain to the United Nations.", [], ["SYR CONDEMNS ISR"]),
 ("North Korea condemned what it called a provocation by Israel.", ["PRK CONDEMNS ISR"], []),
 ("The United States, which accuses Syria of allowing militants to cross into Iraq, declined to comment.", ["USA CONDEMNS SYR"], []),
]
