DAY = "2023-01-25"
SENTS = [
 ("Germany agreed on Wednesday to send Leopard 2 battle tanks to Ukraine and to allow other countries to re-export theirs, ending weeks of pressure from Kyiv's allies.", ["DEU SUPPLIES_ARMS UKR"], []),
 ("Olaf Scholz told parliament the first 14 tanks would come from the German army's own stocks.", [], []),
 ("The United States said it would supply 31 Abrams tanks, reversing its earlier position.", [], ["USA SUPPLIES_ARMS UKR"]),
 ("Russia's ambassador in Berlin, Sergei Nechayev, called the decision extremely dangerous.", [], ["RUS CONDEMNS DEU", "person:sergei-nechayev CONDEMNS DEU"]),
 ("Poland, which had threatened to send its own Leopards without Berlin's permission, welcomed the move.", [], ["POL SUPPORTS DEU", "POL SUPPLIES_ARMS UKR"]),
]
