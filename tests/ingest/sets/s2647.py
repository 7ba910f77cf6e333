DAY = "2005-12-31"
SENTS = [
 ("Evo Morales, who takes office as Bolivia's president next month, arrived in Havana on Friday on his first trip abroad since winning the election.", ["person:evo-morales MEETS CUB"], ["person:evo-morales LEADS BOL"]),
 ("Fidel Castro greeted him at the airport and promised Cuban doctors and help in stamping out illiteracy.", [], ["person:fidel-castro MEETS person:evo-morales", "CUB SUPPORTS BOL"]),
 ("Mr. Morales goes on to Venezuela, whose president, Hugo Chavez, has offered Bolivia cheap diesel.", ["person:hugo-chavez LEADS VEN"], ["person:evo-morales MEETS VEN", "VEN SUPPORTS BOL", "person:hugo-chavez SUPPORTS BOL", "VEN TRADES_WITH BOL"]),
 ("Washington, which pays for much of the coca eradication in Bolivia, has warned the former coca growers' leader against reversing that policy.", [], ["USA SUPPORTS BOL", "USA CONDEMNS person:evo-morales"]),
]
