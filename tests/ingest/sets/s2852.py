DAY = "1969-03-02"
SENTS = [
 ("President Nixon ended his eight-day tour of Western Europe on Sunday after two days of talks with President de Gaulle in Paris.", ["person:richard-nixon MEETS person:charles-de-gaulle", "person:richard-nixon MEETS FRA"], ["person:richard-nixon LEADS USA", "person:charles-de-gaulle LEADS FRA"]),
 ("Nixon had earlier visited Brussels, London, Bonn, West Berlin and Rome.", ["person:richard-nixon MEETS BEL", "person:richard-nixon MEETS GBR", "person:richard-nixon MEETS DEU", "person:richard-nixon MEETS ITA"], []),
 ("In Bonn he assured Chancellor Kurt Georg Kiesinger that American troops would stay in Germany.", [], ["person:richard-nixon MEETS person:kurt-georg-kiesinger", "person:kurt-georg-kiesinger LEADS DEU", "USA DEPLOYS_TROOPS DEU"]),
 ("Students in Rome clashed with the police during his visit.", [], []),
 ("The Soviet Union had warned Bonn against holding its presidential election in West Berlin.", [], ["SUN CONDEMNS DEU"]),
]
