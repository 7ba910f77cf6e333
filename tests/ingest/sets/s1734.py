DAY = "2008-09-11"
SENTS = [
 ("Two Russian Tu-160 strategic bombers landed at an airfield near Caracas on Wednesday for several days of training flights, the defence ministry in Moscow said.", [], ["RUS DEPLOYS_TROOPS VEN"]),
 ("President Hugo Chavez said Venezuela would welcome a Russian naval squadron for joint manoeuvres in the Caribbean later this year.", ["person:hugo-chavez LEADS VEN"], ["RUS ALLIED_WITH VEN"]),
 ("Caracas has bought more than four billion dollars' worth of Russian weapons since 2005, including fighter jets, helicopters and 100,000 assault rifles.", ["RUS SUPPLIES_ARMS VEN"], ["RUS TRADES_WITH VEN"]),
 ("Chavez also expelled the American ambassador, accusing Washington of backing a plot against his government.", ["person:hugo-chavez CONDEMNS USA"], ["VEN CONDEMNS USA"]),
 ("The State Department responded by ordering Venezuela's envoy to leave the United States.", [], []),
]
