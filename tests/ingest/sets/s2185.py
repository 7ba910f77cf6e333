DAY = "1955-07-19"
SENTS = [
 ("The leaders of the United States, the Soviet Union, Britain and France opened the first summit conference since Potsdam in Geneva on Monday.", [], ["USA MEETS SUN", "USA MEETS GBR", "USA MEETS FRA", "SUN MEETS GBR", "SUN MEETS FRA", "GBR MEETS FRA"]),
 ("President Dwight Eisenhower proposed that the United States and the Soviet Union exchange blueprints of their military establishments and allow aerial inspection of each other's territory.", [], ["person:dwight-eisenhower LEADS USA"]),
 ("Soviet Premier Nikolai Bulganin called for the withdrawal of all foreign troops from Germany and the dissolution of NATO and the Warsaw Pact.", ["person:nikolai-bulganin LEADS SUN"], ["person:nikolai-bulganin CONDEMNS org:NATO"]),
 ("Prime Minister Anthony Eden of Britain and Premier Edgar Faure of France backed a plan to reunify Germany through free elections.", ["person:anthony-eden LEADS GBR", "person:edgar-faure LEADS FRA"], ["person:anthony-eden MEETS person:edgar-faure"]),
 ("Eisenhower and Bulganin met privately over dinner at the American villa.", ["person:dwight-eisenhower MEETS person:nikolai-bulganin"], []),
]
