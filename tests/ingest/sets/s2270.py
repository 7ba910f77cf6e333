DAY = "2010-04-08"
SENTS = [
 ("President Barack Obama and President Dmitry Medvedev signed a treaty in Prague on Thursday cutting their nuclear arsenals by about a third.", ["person:barack-obama MEETS person:dmitry-medvedev"], ["person:barack-obama LEADS USA", "person:dmitry-medvedev LEADS RUS", "person:barack-obama MEETS CZE", "person:dmitry-medvedev MEETS CZE", "person:barack-obama ALLIED_WITH person:dmitry-medvedev"]),
 ("The New START treaty limits each side to 1,550 deployed strategic warheads.", [], []),
 ("Medvedev warned that Russia could withdraw from the treaty if American missile defences in Europe threatened its forces.", [], ["person:dmitry-medvedev CONDEMNS USA"]),
 ("Obama later hosted a dinner for the leaders of 11 Central and Eastern European countries, many of whom are wary of Moscow.", [], []),
 ("The Czech president, Vaclav Klaus, welcomed both leaders at Prague Castle.", ["person:vaclav-klaus LEADS CZE"], ["person:vaclav-klaus MEETS person:barack-obama", "person:vaclav-klaus MEETS person:dmitry-medvedev", "person:barack-obama MEETS CZE", "person:dmitry-medvedev MEETS CZE"]),
]
