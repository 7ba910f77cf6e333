DAY = "2024-04-13"
SENTS = [
 ("Russian military instructors arrived in Niamey this week with an air defence system, weeks after Niger's junta ended a military agreement with the United States.", ["RUS DEPLOYS_TROOPS NER", "RUS SUPPLIES_ARMS NER"], ["NER SANCTIONS USA"]),
 ("About a thousand American soldiers are still stationed at a drone base near Agadez that cost Washington more than $100 million to build.", [], ["USA DEPLOYS_TROOPS NER"]),
 ("The junta accused a visiting US delegation of a condescending attitude and of trying to dictate which partners Niger could choose.", [], ["NER CONDEMNS USA", "NER MEETS USA"]),
 ("General Abdourahamane Tiani, who took power in a coup last July, has drawn closer to Moscow and to the military governments of Mali and Burkina Faso.", [], ["NER SUPPORTS RUS", "person:abdourahamane-tiani LEADS NER"]),
 ("The three Sahel states left the West African bloc Ecowas in January, accusing it of serving French interests.", [], ["org:ECOWAS SUPPORTS FRA", "MLI CONDEMNS org:ECOWAS", "BFA CONDEMNS org:ECOWAS", "NER CONDEMNS org:ECOWAS"]),
]
