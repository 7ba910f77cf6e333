DAY = "2024-04-07"
SENTS = [
 ("Ecuadorian police stormed Mexico's embassy in Quito late on Friday to arrest former vice-president Jorge Glas, who had been granted asylum.", [], ["ECU ATTACKS MEX"]),
 ("Mexico broke off diplomatic relations with Ecuador in response, and President Andres Manuel Lopez Obrador called the raid an authoritarian act.", ["MEX CONDEMNS ECU"], ["person:andres-manuel-lopez-obrador CONDEMNS ECU", "person:andres-manuel-lopez-obrador LEADS MEX"]),
 ("Nicaragua also cut ties with Quito, and the Organization of American States condemned the violation of diplomatic premises.", [], ["NIC CONDEMNS ECU", "org:OAS CONDEMNS ECU"]),
 ("Ecuador's President Daniel Noboa said Glas was a convicted criminal and accused Mexico of abusing the right to asylum.", ["person:daniel-noboa LEADS ECU", "person:daniel-noboa CONDEMNS MEX"], []),
 ("Mexico filed a complaint against Ecuador at the International Court of Justice days later.", ["MEX CONDEMNS ECU"], []),
]
