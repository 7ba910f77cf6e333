DAY = "2022-09-14"
SENTS = [
 ("Azerbaijani forces shelled towns inside Armenia on Tuesday, killing at least 49 Armenian soldiers in the worst fighting since the 2020 war.", ["AZE ATTACKS ARM"], []),
 ("Azerbaijan accused Armenia of provoking the clashes by laying mines and firing on its positions.", ["AZE CONDEMNS ARM"], []),
 ("Armenia asked the Russian-led Collective Security Treaty Organisation for military help, but the alliance only sent a fact-finding mission.", [], ["ARM MEMBER_OF org:CSTO"]),
 ("Nancy Pelosi, the speaker of the US House of Representatives, visited Yerevan days later and condemned the illegal attacks by Azerbaijan.", [], ["person:nancy-pelosi CONDEMNS AZE", "person:nancy-pelosi MEETS ARM"]),
 ("Turkey, Azerbaijan's closest ally, urged Armenia to stop its provocations.", ["TUR ALLIED_WITH AZE", "TUR CONDEMNS ARM"], []),
]
