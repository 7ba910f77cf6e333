DAY = "1961-02-14"
SENTS = [
 ("The Katanga government announced on Monday that Patrice Lumumba, the deposed Congolese Prime Minister, had been killed by villagers after escaping from custody.", [], []),
 ("The Soviet Union blamed Belgium and Secretary General Dag Hammarskjold for the murder and demanded his dismissal.", ["SUN CONDEMNS BEL", "SUN CONDEMNS person:dag-hammarskjold"], ["person:dag-hammarskjold LEADS org:UN"]),
 ("In Cairo a mob broke into Belgium's legation and set it alight.", [], []),
 ("President Kennedy called the killing a great tragedy.", [], ["person:john-f-kennedy LEADS USA"]),
 ("Moscow said it would give all possible help to Antoine Gizenga's rival government in Stanleyville.", [], ["SUN SUPPORTS COD"]),
 ("Some 20,000 United Nations troops, among them Indians, Ghanaians and Swedes, are in the Congo.", ["org:UN DEPLOYS_TROOPS COD"], ["IND DEPLOYS_TROOPS COD", "GHA DEPLOYS_TROOPS COD", "SWE DEPLOYS_TROOPS COD"]),
]
