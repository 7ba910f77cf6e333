DAY = "2024-04-15"
SENTS = [
 ("Mali, Burkina Faso and Niger announced in January that they were leaving the Economic Community of West African States with immediate effect.", [], ["MLI MEMBER_OF org:ECOWAS", "BFA MEMBER_OF org:ECOWAS", "NER MEMBER_OF org:ECOWAS"]),
 ("The three military governments accused the bloc of imposing inhumane sanctions after the coups and of serving foreign powers.", ["MLI CONDEMNS org:ECOWAS", "BFA CONDEMNS org:ECOWAS", "NER CONDEMNS org:ECOWAS"], ["org:ECOWAS SANCTIONS MLI", "org:ECOWAS SANCTIONS BFA", "org:ECOWAS SANCTIONS NER"]),
 ("Mali, Burkina Faso and Niger formed the Alliance of Sahel States last September as a mutual defence pact.", ["MLI MEMBER_OF org:AES", "BFA MEMBER_OF org:AES", "NER MEMBER_OF org:AES", "MLI ALLIED_WITH BFA", "MLI ALLIED_WITH NER", "BFA ALLIED_WITH NER"], []),
 ("All three have turned to Russia for security after expelling French forces.", [], ["RUS SUPPORTS MLI", "RUS SUPPORTS BFA", "RUS SUPPORTS NER", "FRA DEPLOYS_TROOPS MLI", "FRA DEPLOYS_TROOPS BFA", "FRA DEPLOYS_TROOPS NER"]),
 ("Russian military instructors arrived in Niger last week, state television said.", ["RUS DEPLOYS_TROOPS NER"], []),
]
