DAY = "1983-01-10"
SENTS = [
 ("The foreign ministers of Mexico, Colombia, Venezuela and Panama met on the Panamanian island of Contadora on Sunday and called for an end to foreign intervention in Central America.", [], ["MEX MEETS COL", "MEX MEETS VEN", "MEX MEETS PAN", "COL MEETS VEN", "COL MEETS PAN", "PAN MEETS VEN"]),
 ("The four governments offered to mediate between Nicaragua and Honduras, whose border has seen repeated clashes between Sandinista troops and US-backed rebels.", [], ["NIC ATTACKS HND", "HND ATTACKS NIC"]),
 ("Nicaragua has accused the United States of arming and training the rebels at bases in Honduras.", ["NIC CONDEMNS USA"], ["USA DEPLOYS_TROOPS HND"]),
 ("Washington has sent military advisers to El Salvador and stepped up military aid to Honduras.", ["USA DEPLOYS_TROOPS SLV", "USA SUPPORTS HND"], ["USA SUPPLIES_ARMS HND"]),
 ("Cuba's President Fidel Castro said Havana would support the Contadora initiative.", ["person:fidel-castro LEADS CUB"], []),
]
