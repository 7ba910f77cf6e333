DAY = "1977-03-31"
SENTS = [
 ("Secretary of State Cyrus Vance left Moscow on Thursday after the Soviet leaders turned down both American proposals for limiting strategic arms.", ["person:cyrus-vance MEETS SUN"], []),
 ("Leonid Brezhnev told a news conference that the plan for deep cuts was designed to give the United States a one-sided advantage.", ["person:leonid-brezhnev CONDEMNS USA"], ["person:leonid-brezhnev LEADS SUN"]),
 ("Andrei Gromyko accused President Carter of trying to lay down terms in public.", ["person:andrei-gromyko CONDEMNS person:jimmy-carter"], ["person:jimmy-carter LEADS USA"]),
 ("Mr. Carter said in Washington that he was disappointed but not discouraged.", [], []),
 ("Moscow has also protested against the President's letter to the dissident Andrei Sakharov.", [], ["SUN CONDEMNS person:jimmy-carter"]),
]
