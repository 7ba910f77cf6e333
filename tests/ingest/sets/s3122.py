DAY = "1989-02-04"
SENTS = [
 ("General Alfredo Stroessner, who ruled Paraguay for 34 years, was overthrown on Friday by his second-in-command, General Andres Rodriguez, after a night of fighting in Asuncion.", [], ["person:alfredo-stroessner LEADS PRY", "person:andres-rodriguez LEADS PRY"]),
 ("The deposed dictator flew into exile in Brazil on Sunday after the government in Brasilia agreed to take him in.", [], ["BRA SUPPORTS person:alfredo-stroessner", "person:alfredo-stroessner MEETS BRA"]),
 ("The United States, which had cut aid to Paraguay over human rights abuses, welcomed General Rodriguez's pledge to hold elections and restore civil liberties.", ["USA SUPPORTS person:andres-rodriguez"], ["USA SANCTIONS PRY"]),
 ("Argentina and Uruguay said they would recognise the new government, and Spain urged it to move quickly to democracy.", [], ["ARG SUPPORTS PRY", "URY SUPPORTS PRY"]),
 ("Brazil, Paraguay's main trading partner, said its relations with Asuncion would not change.", ["BRA TRADES_WITH PRY"], []),
]
