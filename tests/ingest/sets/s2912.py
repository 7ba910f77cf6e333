DAY = "1947-02-11"
SENTS = [
 ("The Allied powers signed peace treaties in Paris on Monday with Italy, Rumania, Hungary, Bulgaria and Finland.", [], ["ITA MEETS FRA"]),
 ("Italy loses its African colonies, cedes the Dodecanese islands to Greece and most of Venezia Giulia to Yugoslavia, and must pay $360 million in reparations.", [], []),
 ("The Italian delegate signed under protest, and flags flew at half-mast across Italy.", [], []),
 ("Soviet troops will remain in Hungary and Rumania to guard the lines of communication with the Soviet zone of Austria.", ["SUN DEPLOYS_TROOPS HUN", "SUN DEPLOYS_TROOPS ROU"], ["SUN DEPLOYS_TROOPS AUT"]),
 ("Finland is to pay the Soviet Union $300 million in goods over eight years.", [], ["FIN TRADES_WITH SUN"]),
]
