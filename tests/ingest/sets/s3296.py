DAY = "1957-05-03"
SENTS = [
 ("Honduran troops drove Nicaraguan soldiers out of the village of Mocoron in the disputed Mosquitia region on Wednesday, the government in Tegucigalpa said.", ["HND ATTACKS NIC"], []),
 ("Nicaragua accused Honduras of invading territory that Managua has held for half a century and appealed to the Organization of American States.", ["NIC CONDEMNS HND"], ["NIC MEMBER_OF org:OAS", "HND ATTACKS NIC"]),
 ("The OAS council named a committee of five members, among them the United States and Mexico, to fly to the area and arrange a ceasefire.", [], ["USA MEMBER_OF org:OAS", "MEX MEMBER_OF org:OAS"]),
 ("President Luis Somoza of Nicaragua, whose father was assassinated last September, ordered a general mobilisation.", ["person:luis-somoza-debayle LEADS NIC"], []),
 ("Honduras says the King of Spain's arbitration award of 1906 gave it the whole region.", [], []),
]
