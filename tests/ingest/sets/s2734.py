DAY = "1961-09-18"
SENTS = [
 ("Secretary General Dag Hammarskjold was killed when his plane crashed near Ndola in Northern Rhodesia on Monday night as he flew to meet Moise Tshombe, the leader of secessionist Katanga.", [], ["person:dag-hammarskjold LEADS org:UN", "person:dag-hammarskjöld LEADS org:UN"]),
 ("United Nations troops have been fighting Katangese forces in Elisabethville for five days.", [], []),
 ("Indian and Irish soldiers make up most of the United Nations force in the Congo.", ["IND DEPLOYS_TROOPS COD", "IRL DEPLOYS_TROOPS COD"], ["org:UN DEPLOYS_TROOPS COD"]),
 ("The Soviet Union, which has demanded Mr. Hammarskjold's replacement by a three-man directorate, blamed the Western powers for the fighting.", ["SUN CONDEMNS bloc:WEST"], []),
]
