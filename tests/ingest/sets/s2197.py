DAY = "1993-01-01"
SENTS = [
 ("Czechoslovakia split peacefully into two independent states at midnight, the Czech Republic and Slovakia.", [], []),
 ("Vaclav Klaus, the Czech prime minister, and his Slovak counterpart Vladimir Meciar negotiated the division over six months.", ["person:vaclav-klaus LEADS CZE", "person:vladimir-meciar LEADS SVK"], ["person:vaclav-klaus MEETS person:vladimir-meciar"]),
 ("Germany and Austria recognized the Czech Republic and Slovakia on Friday, hours after the split.", ["DEU SUPPORTS CZE", "DEU SUPPORTS SVK", "AUT SUPPORTS CZE", "AUT SUPPORTS SVK"], []),
 ("The United States established diplomatic relations with both republics and said it would support their applications to join NATO and the European Community.", [], ["USA SUPPORTS CZE", "USA SUPPORTS SVK"]),
 ("Slovakia's first act as an independent state was to apply for membership of the United Nations.", [], []),
 ("The Czech Republic and Slovakia signed a customs union treaty to keep trade flowing across their new border.", ["CZE TRADES_WITH SVK"], ["CZE ALLIED_WITH SVK", "CZE MEETS SVK"]),
]
