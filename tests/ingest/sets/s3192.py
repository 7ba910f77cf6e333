DAY = "1969-04-15"
SENTS = [
 ("France has flown another 1,000 troops into Chad to help President Francois Tombalbaye's army against Muslim rebels in the north and east.", ["FRA DEPLOYS_TROOPS TCD"], ["FRA SUPPORTS TCD", "FRA SUPPORTS person:francois-tombalbaye", "person:francois-tombalbaye LEADS TCD"]),
 ("The rebels of the National Liberation Front, known as Frolinat, are said to get arms through Sudan and Libya.", [], ["SDN SUPPLIES_ARMS org:FROLINAT", "LBY SUPPLIES_ARMS org:FROLINAT"]),
 ("Tombalbaye signed a defence accord with Paris when Chad became independent in 1960.", ["TCD ALLIED_WITH FRA"], ["person:francois-tombalbaye ALLIED_WITH FRA", "person:francois-tombalbaye LEADS TCD"]),
 ("Khartoum denied any role in the uprising and charged that the French were fighting a colonial campaign.", ["SDN CONDEMNS FRA"], []),
]
