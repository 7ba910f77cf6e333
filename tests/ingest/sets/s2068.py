DAY = "1981-12-30"
SENTS = [
 ("President Ronald Reagan imposed economic sanctions on the Soviet Union on Tuesday, accusing Moscow of bearing heavy and direct responsibility for the repression in Poland.", ["USA SANCTIONS SUN", "person:ronald-reagan CONDEMNS SUN"], ["person:ronald-reagan LEADS USA", "person:ronald-reagan SANCTIONS SUN"]),
 ("The measures suspend Aeroflot flights to the United States, halt the export of oil and gas equipment and postpone talks on a new grain agreement.", [], ["USA SANCTIONS SUN"]),
 ("Washington had already cut off food aid and Export-Import Bank credits to Poland after General Wojciech Jaruzelski declared martial law on December 13.", [], ["person:wojciech-jaruzelski LEADS POL", "USA SANCTIONS POL"]),
 ("The Soviet news agency Tass called the sanctions a gross interference in Poland's internal affairs.", [], ["SUN CONDEMNS USA", "SUN CONDEMNS person:ronald-reagan"]),
 ("West Germany and France have declined to follow the American lead, saying sanctions would only hurt the Polish people.", [], []),
]
