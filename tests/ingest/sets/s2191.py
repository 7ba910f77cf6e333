DAY = "1973-06-19"
SENTS = [
 ("Leonid Brezhnev arrived at the White House on Monday for a week of talks with President Richard Nixon, the second summit between the two leaders in a year.", ["person:leonid-brezhnev MEETS USA"], ["person:leonid-brezhnev MEETS person:richard-nixon", "person:richard-nixon LEADS USA"]),
 ("Nixon welcomed Brezhnev on the South Lawn with a 21-gun salute.", ["person:richard-nixon MEETS person:leonid-brezhnev"], []),
 ("The two leaders are expected to sign agreements on agriculture, transport and the peaceful uses of atomic energy.", [], []),
 ("Brezhnev told American businessmen that trade between the two countries could reach billions of dollars.", [], ["USA TRADES_WITH SUN"]),
 ("China, which has improved relations with Washington since Nixon's visit last year, watched the summit warily.", [], ["person:richard-nixon MEETS CHN", "CHN SUPPORTS USA"]),
]
