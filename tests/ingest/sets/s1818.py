DAY = "2024-12-07"
SENTS = [
 ("The European Union and the South American bloc Mercosur concluded negotiations on a free trade agreement in Montevideo on Friday, 25 years after talks began.", ["org:EU TRADES_WITH org:MERCOSUR"], ["org:EU MEETS org:MERCOSUR"]),
 ("European Commission President Ursula von der Leyen flew to the Uruguayan capital to announce the deal with the leaders of Brazil, Argentina, Uruguay and Paraguay.", ["person:ursula-von-der-leyen MEETS URY", "person:ursula-von-der-leyen LEADS org:EC"], ["person:ursula-von-der-leyen MEETS BRA", "person:ursula-von-der-leyen MEETS ARG", "person:ursula-von-der-leyen MEETS PRY"]),
 ("Brazilian President Luiz Inacio Lula da Silva said the agreement would be a counterweight to rising protectionism.", ["person:luiz-inacio-lula-da-silva LEADS BRA"], []),
 ("France, where farmers have protested against the deal for months, said it remained unacceptable in its current form.", [], ["FRA CONDEMNS org:EU"]),
 ("Germany and Spain have pushed hard for the agreement as a way to open new markets for their carmakers and reduce dependence on China.", [], ["DEU TRADES_WITH CHN", "ESP TRADES_WITH CHN"]),
]
