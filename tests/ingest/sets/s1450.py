DAY = "2024-02-02"
SENTS = [
 ("Armenia formally became a member of the International Criminal Court on Thursday, a move that angered Moscow.", ["ARM MEMBER_OF org:ICC"], ["RUS CONDEMNS ARM"]),
 ("The court issued an arrest warrant for Vladimir Putin last year over the deportation of Ukrainian children.", [], ["org:ICC CONDEMNS person:vladimir-putin"]),
 ("The Kremlin called Yerevan's decision extremely hostile.", [], ["RUS CONDEMNS ARM"]),
 ("Armenia has also frozen its participation in the Russian-led military bloc and bought artillery from France and India.", ["FRA SUPPLIES_ARMS ARM", "IND SUPPLIES_ARMS ARM"], []),
 ("Russian border guards left Yerevan's international airport in July after 30 years.", [], ["RUS DEPLOYS_TROOPS ARM"]),
]
