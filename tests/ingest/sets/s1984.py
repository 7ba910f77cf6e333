DAY = "2025-09-23"
SENTS = [
 ("The European Union and Indonesia concluded negotiations on a comprehensive economic partnership agreement in Bali on Tuesday, after nine years of talks.", ["org:EU TRADES_WITH IDN"], ["org:EU MEETS IDN"]),
 ("The deal will remove tariffs on almost all Indonesian exports to the EU, including palm oil, textiles and footwear.", [], ["IDN TRADES_WITH org:EU"]),
 ("EU trade commissioner Maros Sefcovic said the agreement would give European firms access to Indonesia's nickel and other critical minerals.", [], []),
 ("Indonesia's President Prabowo Subianto agreed on the outline of the deal with Ursula von der Leyen in Brussels in July.", ["person:prabowo-subianto LEADS IDN", "person:prabowo-subianto MEETS person:ursula-von-der-leyen"], ["person:prabowo-subianto MEETS BEL", "person:ursula-von-der-leyen LEADS org:EU"]),
]
