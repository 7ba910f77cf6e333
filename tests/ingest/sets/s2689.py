DAY = "1982-03-17"
SENTS = [
 ("El Salvador's junta leader, Jose Napoleon Duarte, said on Tuesday that Nicaragua and Cuba were sending arms to the guerrillas through Honduras, and asked Washington for more help.", ["person:jose-napoleon-duarte LEADS SLV", "person:jose-napoleon-duarte CONDEMNS NIC", "person:jose-napoleon-duarte CONDEMNS CUB"], []),
 ("The Reagan administration has asked Congress to approve $100 million in military and economic aid for El Salvador this year.", [], ["USA SUPPORTS SLV"]),
 ("Mexico's President Jose Lopez Portillo has offered to mediate between Washington and Havana, which have had no diplomatic relations since 1961.", ["person:jose-lopez-portillo LEADS MEX"], []),
 ("The Nicaraguan government denied the charge and said American-backed exiles were raiding its territory from Honduras.", [], ["NIC CONDEMNS USA"]),
]
