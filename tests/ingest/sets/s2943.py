DAY = "1946-09-07"
SENTS = [
 ("Secretary of State James F. Byrnes told an audience of German officials in Stuttgart on Friday that American troops would stay in Germany as long as other occupation armies remained.", ["USA DEPLOYS_TROOPS DEU"], ["person:james-f-byrnes MEETS DEU"]),
 ("He said the United States favoured the economic unity of Germany and the early creation of a provisional German government.", [], []),
 ("Byrnes added that the frontier between Poland and Germany had not been fixed at Potsdam.", [], []),
 ("Warsaw protested that the Oder-Neisse line was final and could not be questioned.", [], ["POL CONDEMNS USA"]),
 ("The speech was heard in London and Paris as a warning to Moscow.", [], []),
]
