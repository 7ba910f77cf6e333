DAY = "1961-10-28"
SENTS = [
 ("Soviet and American tanks faced each other across the sector boundary at Friedrichstrasse in Berlin on Friday after East German guards tried to check the papers of American officials.", [], []),
 ("About 10 Soviet tanks moved up after General Lucius Clay sent American armour to the crossing, the first time Soviet armour has been seen openly in East Berlin since 1953.", [], []),
 ("Washington protested to Moscow that the East German checks violated the four-power status of the city.", ["USA CONDEMNS SUN"], ["USA CONDEMNS DDR"]),
 ("Twenty Soviet divisions are garrisoned across East Germany.", ["SUN DEPLOYS_TROOPS DDR"], []),
 ("In Bonn, the West German chancellor, Konrad Adenauer, appealed for calm.", ["person:konrad-adenauer LEADS DEU"], []),
]
