DAY = "2015-01-27"
SENTS = [
 ("Barack Obama cut short a visit to India to fly to Riyadh on Tuesday and pay his respects to the late King Abdullah, leading a delegation of about 30 American dignitaries.", ["person:barack-obama MEETS IND", "person:barack-obama MEETS SAU"], ["person:barack-obama LEADS USA"]),
 ("King Salman, who succeeded his half-brother on Friday, greeted Obama at the airport and hosted him for talks at the Erga Palace.", ["person:barack-obama MEETS person:salman-bin-abdulaziz"], ["person:salman-bin-abdulaziz LEADS SAU"]),
 ("The two leaders discussed the fight against Islamic State, in which Saudi warplanes have joined American air strikes in Syria.", [], ["SAU ALLIED_WITH USA", "USA ATTACKS SYR", "SAU ATTACKS SYR", "person:barack-obama MEETS person:salman-bin-abdulaziz"]),
 ("Washington has faced calls to press the kingdom over its treatment of dissidents, but Obama said he would not raise the case of a blogger sentenced to a thousand lashes.", [], []),
 ("Saudi Arabia is the biggest buyer of American weapons.", ["USA SUPPLIES_ARMS SAU"], []),
]
