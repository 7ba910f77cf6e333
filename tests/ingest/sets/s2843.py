DAY = "1950-05-10"
SENTS = [
 ("French Foreign Minister Robert Schuman proposed on Tuesday that France and West Germany pool their coal and steel production under a single high authority open to other nations of Europe.", [], []),
 ("Adenauer, the West German chancellor, greeted the plan at once as a step toward reconciliation with Paris.", ["person:konrad-adenauer LEADS DEU"], ["DEU SUPPORTS FRA", "person:konrad-adenauer SUPPORTS FRA"]),
 ("Secretary of State Acheson conferred with Foreign Secretary Ernest Bevin in London before the three-power talks opened.", ["person:dean-acheson MEETS person:ernest-bevin", "person:dean-acheson MEETS GBR"], ["USA MEETS GBR"]),
 ("Washington will give economic aid and military equipment to France and the Associated States of Indochina to fight the Vietminh, Acheson announced in Paris on Monday.", ["person:dean-acheson MEETS FRA"], ["USA SUPPLIES_ARMS FRA", "USA SUPPORTS FRA"]),
 ("France keeps some 150,000 men under arms in Indochina.", [], ["FRA DEPLOYS_TROOPS VNM"]),
]
