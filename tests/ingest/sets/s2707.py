DAY = "1985-04-08"
SENTS = [
 ("Mikhail S. Gorbachev announced on Sunday that the Soviet Union would freeze the deployment of its medium-range missiles in Europe until November.", [], ["person:mikhail-gorbachev LEADS SUN"]),
 ("He called on the United States to halt its deployment of Pershing 2 and cruise missiles in Western Europe.", [], []),
 ("The White House dismissed the offer as propaganda aimed at West European opinion, noting that the Russians already had 414 SS-20 missiles in place.", [], ["USA CONDEMNS SUN"]),
 ("Chancellor Helmut Kohl of West Germany, whose country accepted 108 Pershings in 1983, welcomed the Soviet move as a first step.", ["person:helmut-kohl LEADS DEU", "person:helmut-kohl SUPPORTS SUN"], ["USA SUPPLIES_ARMS DEU", "USA DEPLOYS_TROOPS DEU"]),
]
