DAY = "2004-11-07"
SENTS = [
 ("French forces destroyed most of Ivory Coast's small air force on Saturday after an Ivorian air strike killed nine French peacekeepers and an American aid worker in the rebel-held north.", ["FRA ATTACKS CIV", "CIV ATTACKS FRA"], ["FRA DEPLOYS_TROOPS CIV"]),
 ("President Jacques Chirac ordered the retaliation, and France sent more troops from its base in Gabon.", ["FRA DEPLOYS_TROOPS GAB"], ["person:jacques-chirac LEADS FRA", "FRA DEPLOYS_TROOPS CIV"]),
 ("Supporters of President Laurent Gbagbo attacked French homes and schools in Abidjan, and French troops took control of the city's airport.", [], ["FRA DEPLOYS_TROOPS CIV", "person:laurent-gbagbo LEADS CIV"]),
 ("The Security Council condemned the Ivorian air strikes and backed the French response.", ["org:UNSC CONDEMNS CIV", "org:UNSC SUPPORTS FRA"], []),
 ("South Africa's President Thabo Mbeki, the African Union's mediator, phoned Gbagbo on Saturday night.", ["person:thabo-mbeki LEADS ZAF", "person:thabo-mbeki MEETS person:laurent-gbagbo"], []),
]
