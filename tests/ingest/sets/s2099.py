DAY = "2002-10-11"
SENTS = [
 ("The International Court of Justice ruled on Thursday that the oil-rich Bakassi peninsula belongs to Cameroon, not Nigeria, and ordered Nigeria to withdraw its troops and administration from the area.", [], ["NGA DEPLOYS_TROOPS CMR", "org:ICJ SUPPORTS CMR", "org:ICJ CONDEMNS NGA"]),
 ("Nigeria, which has about 3,000 soldiers on the peninsula, said it would study the judgment.", [], []),
 ("Cameroon's President Paul Biya called on Nigeria to respect the ruling.", ["person:paul-biya LEADS CMR"], ["person:paul-biya CONDEMNS NGA"]),
 ("The two countries fought a brief border war over Bakassi in 1994.", [], ["NGA ATTACKS CMR", "CMR ATTACKS NGA"]),
 ("UN Secretary-General Kofi Annan has offered to mediate between President Olusegun Obasanjo and Biya.", ["person:kofi-annan LEADS org:UN"], ["person:olusegun-obasanjo LEADS NGA", "person:kofi-annan MEETS person:olusegun-obasanjo", "person:kofi-annan MEETS person:paul-biya"]),
]
