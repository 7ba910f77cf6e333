DAY = "1991-07-02"
SENTS = [
 ("Leaders of the Soviet Union, Poland, Czechoslovakia, Hungary, Romania and Bulgaria formally dissolved the Warsaw Pact at a meeting in Prague on Monday, ending the military alliance 36 years after it was founded.", [], ["SUN MEMBER_OF org:WARSAW_PACT", "POL MEMBER_OF org:WARSAW_PACT", "CSK MEMBER_OF org:WARSAW_PACT", "HUN MEMBER_OF org:WARSAW_PACT", "ROU MEMBER_OF org:WARSAW_PACT", "BGR MEMBER_OF org:WARSAW_PACT", "SUN MEETS CSK", "POL MEETS CSK", "HUN MEETS CSK", "ROU MEETS CSK", "BGR MEETS CSK"]),
 ("President Vaclav Havel of Czechoslovakia, who chaired the meeting, said the pact had been a tool of Soviet domination.", ["person:vaclav-havel LEADS CSK"], ["person:vaclav-havel CONDEMNS SUN", "CSK CONDEMNS SUN"]),
 ("Soviet Vice President Gennadi Yanayev signed the protocol for Moscow.", [], []),
 ("The Soviet Union has agreed to withdraw its remaining troops from Poland by 1993.", [], ["SUN DEPLOYS_TROOPS POL"]),
 ("Poland, Hungary and Czechoslovakia have said they want closer ties with NATO.", [], []),
]
