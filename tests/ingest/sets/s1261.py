DAY = "2025-05-08"
SENTS = [
 ("Friedrich Merz made Paris and Warsaw his first destinations as chancellor, a day after his election by the Bundestag.", ["person:friedrich-merz MEETS FRA", "person:friedrich-merz MEETS POL"], ["person:friedrich-merz LEADS DEU"]),
 ("In Paris he agreed with Emmanuel Macron to set up a Franco-German defence and security council.", ["person:friedrich-merz MEETS person:emmanuel-macron"], []),
 ("Donald Tusk welcomed Merz in Warsaw but said Poland would not accept migrants sent back from Germany.", ["person:donald-tusk MEETS person:friedrich-merz", "person:friedrich-merz MEETS POL"], []),
 ("Germany has become Ukraine's second-largest military donor after the United States.", ["DEU SUPPLIES_ARMS UKR", "USA SUPPLIES_ARMS UKR"], ["DEU SUPPORTS UKR", "USA SUPPORTS UKR"]),
 ("Merz has said he is open to sending Taurus cruise missiles to Kyiv.", [], []),
]
