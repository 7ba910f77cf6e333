DAY = "1968-08-21"
SENTS = [
 ("Troops from the Soviet Union, Poland, Hungary, Bulgaria and East Germany crossed into Czechoslovakia overnight to crush the reforms of Alexander Dubcek.", ["SUN DEPLOYS_TROOPS CSK", "POL DEPLOYS_TROOPS CSK", "HUN DEPLOYS_TROOPS CSK", "BGR DEPLOYS_TROOPS CSK", "DDR DEPLOYS_TROOPS CSK"], ["SUN ATTACKS CSK", "POL ATTACKS CSK", "HUN ATTACKS CSK", "BGR ATTACKS CSK", "DDR ATTACKS CSK"]),
 ("Soviet tanks surrounded the Communist Party headquarters in Prague, and Dubcek was taken to Moscow under guard.", [], ["SUN ATTACKS CSK"]),
 ("Romania refused to take part in the invasion, and its leader, Nicolae Ceausescu, denounced it before a huge crowd in Bucharest.", [], ["person:nicolae-ceausescu LEADS ROU", "person:nicolae-ceausescu CONDEMNS SUN"]),
 ("Yugoslavia's President Tito condemned the occupation as a violation of Czechoslovak sovereignty.", ["person:josip-broz-tito LEADS YUG"], ["person:josip-broz-tito CONDEMNS SUN"]),
 ("The United States and Britain called for an urgent meeting of the Security Council, but Western governments made clear they would not intervene.", [], []),
]
