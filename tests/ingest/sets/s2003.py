DAY = "1989-12-01"
SENTS = [
 ("American F-4 Phantom jets flew over Manila on Friday in support of President Corazon Aquino as rebel soldiers tried to overthrow her government.", ["USA SUPPORTS person:corazon-aquino"], ["person:corazon-aquino LEADS PHL"]),
 ("President George Bush authorised the flights after Aquino asked Washington for help, the White House said.", [], ["person:george-h-w-bush SUPPORTS person:corazon-aquino", "person:george-h-w-bush LEADS USA"]),
 ("The rebels seized several military bases near the capital and bombed the presidential palace.", [], []),
 ("The United States has two large military bases in the Philippines, Clark Air Base and Subic Bay naval base.", ["USA DEPLOYS_TROOPS PHL"], []),
 ("Aquino has survived six coup attempts since she took power in 1986.", [], []),
]
