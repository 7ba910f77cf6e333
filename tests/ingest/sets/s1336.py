DAY = "2024-12-05"
SENTS = [
 ("Joe Biden visited Angola this week, the first trip to sub-Saharan Africa of his presidency, to promote the US-backed Lobito railway corridor.", ["person:joe-biden MEETS AGO"], ["USA SUPPORTS AGO"]),
 ("President João Lourenço hosted Biden in Luanda and praised the renewed partnership.", ["person:joao-lourenco MEETS person:joe-biden", "person:joe-biden MEETS AGO"], ["person:joao-lourenco SUPPORTS USA", "person:joao-lourenco LEADS AGO"]),
 ("The railway will carry copper and cobalt from Congo and Zambia to the Atlantic port of Lobito.", [], []),
 ("China has lent Angola more than 40 billion dollars since 2002, most of it repaid in oil.", ["CHN SUPPORTS AGO"], ["AGO TRADES_WITH CHN"]),
 ("Angola left OPEC in January in a dispute over production quotas.", [], []),
]
