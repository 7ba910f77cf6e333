DAY = "2023-08-10"
SENTS = [
 ("West African leaders ordered the activation of a standby force on Thursday to restore constitutional order in Niger, two weeks after soldiers ousted President Mohamed Bazoum.", [], ["person:mohamed-bazoum LEADS NER"]),
 ("ECOWAS had already imposed sanctions on Niger, closing borders and freezing the country's assets at the regional central bank.", ["org:ECOWAS SANCTIONS NER"], []),
 ("The junta, which has received support from the military rulers of Mali and Burkina Faso, warned that any intervention would be met with force.", ["MLI SUPPORTS NER", "BFA SUPPORTS NER"], []),
 ("France, which has about 1,500 troops in Niger, refused the junta's demand to withdraw its ambassador.", ["FRA DEPLOYS_TROOPS NER"], []),
 ("The United States, which has two drone bases in the country, suspended some aid programmes but stopped short of calling the takeover a coup.", ["USA DEPLOYS_TROOPS NER"], ["USA SUPPORTS NER"]),
]
