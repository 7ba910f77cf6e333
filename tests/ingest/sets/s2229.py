DAY = "1972-12-21"
SENTS = [
 ("East and West Germany signed a treaty in East Berlin on Thursday establishing relations between the two German states for the first time.", [], ["DDR MEETS DEU", "DDR SUPPORTS DEU", "DEU SUPPORTS DDR", "DDR ALLIED_WITH DEU"]),
 ("The treaty was signed by Egon Bahr, a state secretary in Chancellor Willy Brandt's office, and Michael Kohl of the East German government.", [], ["person:willy-brandt LEADS DEU", "person:egon-bahr MEETS person:michael-kohl"]),
 ("Both states will apply to join the United Nations next year.", [], []),
 ("Britain, France and the United States said they would establish diplomatic relations with East Germany once the treaty took effect.", [], ["GBR SUPPORTS DDR", "FRA SUPPORTS DDR", "USA SUPPORTS DDR"]),
 ("Switzerland and Sweden recognized East Germany on Thursday.", ["CHE SUPPORTS DDR", "SWE SUPPORTS DDR"], []),
 ("The Soviet Union, East Germany's ally, keeps 20 divisions in the country.", ["SUN ALLIED_WITH DDR"], ["SUN DEPLOYS_TROOPS DDR"]),
]
