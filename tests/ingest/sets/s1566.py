DAY = "2012-12-20"
SENTS = [
 ("Francois Hollande told Algeria's parliament on Thursday that France's colonial rule had been profoundly unjust and brutal.", ["person:francois-hollande MEETS DZA"], ["person:francois-hollande LEADS FRA"]),
 ("The French president, on a two-day state visit, stopped short of the apology demanded by many Algerians.", ["person:francois-hollande LEADS FRA"], ["person:francois-hollande MEETS DZA"]),
 ("President Abdelaziz Bouteflika welcomed Hollande at the airport in Algiers on Wednesday.", ["person:abdelaziz-bouteflika MEETS person:francois-hollande", "person:francois-hollande MEETS DZA"], ["person:abdelaziz-bouteflika LEADS DZA"]),
 ("The two countries signed agreements on defence cooperation and a Renault car plant near Oran.", ["FRA ALLIED_WITH DZA", "FRA TRADES_WITH DZA"], ["FRA MEETS DZA"]),
 ("Algeria, which won independence from France in 1962 after an eight-year war, is France's third-largest trading partner outside the OECD.", ["DZA TRADES_WITH FRA"], ["FRA ATTACKS DZA"]),
]
