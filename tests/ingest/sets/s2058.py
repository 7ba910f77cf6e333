DAY = "1961-08-16"
SENTS = [
 ("East German troops and police sealed the border between East and West Berlin with barbed wire early on Sunday, cutting the last open escape route to the West.", [], []),
 ("The East German government of Walter Ulbricht said the measures were needed to stop West German militarists and spies.", ["person:walter-ulbricht LEADS DDR"], ["DDR CONDEMNS DEU"]),
 ("The United States, Britain and France protested to the Soviet Union, which they hold responsible for the Soviet sector of the city.", ["USA CONDEMNS SUN", "GBR CONDEMNS SUN", "FRA CONDEMNS SUN"], []),
 ("Chancellor Konrad Adenauer called the border closure a flagrant violation of the four-power agreements.", [], ["person:konrad-adenauer LEADS DEU", "person:konrad-adenauer CONDEMNS DDR"]),
 ("President John F. Kennedy ordered an additional 1,500 troops to West Berlin to reassure its population.", [], ["person:john-f-kennedy LEADS USA", "USA DEPLOYS_TROOPS DEU"]),
]
