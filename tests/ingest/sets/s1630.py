DAY = "2024-07-07"
SENTS = [
 ("The military rulers of Mali, Burkina Faso and Niger signed a treaty in Niamey on Saturday creating a confederation, cementing their break with the West African bloc Ecowas.", ["MLI ALLIED_WITH BFA", "MLI ALLIED_WITH NER", "BFA ALLIED_WITH NER"], ["MLI MEETS NER", "BFA MEETS NER"]),
 ("The three juntas, which have expelled French troops and turned to Russia for security help, accuse Ecowas of being a tool of Paris.", ["MLI CONDEMNS org:ECOWAS", "BFA CONDEMNS org:ECOWAS", "NER CONDEMNS org:ECOWAS"], ["RUS SUPPORTS MLI", "FRA DEPLOYS_TROOPS MLI", "RUS SUPPORTS BFA", "FRA DEPLOYS_TROOPS BFA", "RUS SUPPORTS NER", "FRA DEPLOYS_TROOPS NER"]),
 ("General Abdourahamane Tiani, Niger's leader, told the summit that the people of the Sahel had turned their backs on Ecowas for good.", ["person:abdourahamane-tiani LEADS NER"], ["person:abdourahamane-tiani CONDEMNS org:ECOWAS"]),
 ("Russian military instructors from the Africa Corps are now stationed in all three countries.", ["RUS DEPLOYS_TROOPS MLI", "RUS DEPLOYS_TROOPS BFA", "RUS DEPLOYS_TROOPS NER"], []),
 ("Ecowas leaders meeting in Abuja on Sunday warned that the region risked disintegration.", [], []),
]
