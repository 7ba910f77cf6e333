DAY = "2025-04-15"
SENTS = [
 ("Algeria ordered the expulsion of 12 French embassy staff on Monday after France arrested an Algerian consular official.", [], ["DZA CONDEMNS FRA"]),
 ("Paris responded by expelling 12 Algerian diplomats and recalling its ambassador for consultations.", [], ["FRA CONDEMNS DZA"]),
 ("Relations have soured since Emmanuel Macron recognised Moroccan sovereignty over Western Sahara last year.", ["person:emmanuel-macron SUPPORTS MAR"], ["FRA SUPPORTS MAR"]),
 ("Algeria also jailed the French-Algerian novelist Boualem Sansal.", [], []),
 ("France buys a large share of Algeria's gas exports.", ["FRA TRADES_WITH DZA"]),
]
