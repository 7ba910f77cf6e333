DAY = "2015-02-04"
SENTS = [
 ("Chadian troops backed by fighter jets crossed into Nigeria on Tuesday and drove Boko Haram fighters out of the border town of Gamboru, a Chadian military spokesman said.", ["TCD DEPLOYS_TROOPS NGA", "TCD ATTACKS org:BOKO_HARAM"], ["TCD SUPPORTS NGA"]),
 ("Boko Haram fighters attacked the Cameroonian town of Fotokol the next day, killing dozens of civilians, before Chadian and Cameroonian soldiers pushed them back.", ["org:BOKO_HARAM ATTACKS CMR"], ["TCD ATTACKS org:BOKO_HARAM", "CMR ATTACKS org:BOKO_HARAM"]),
 ("The African Union has approved a regional force of 7,500 troops from Nigeria, Chad, Cameroon, Niger and Benin to fight the group.", [], ["org:AU SUPPORTS NGA", "NGA ATTACKS org:BOKO_HARAM", "TCD ATTACKS org:BOKO_HARAM", "CMR ATTACKS org:BOKO_HARAM", "NER ATTACKS org:BOKO_HARAM", "BEN ATTACKS org:BOKO_HARAM"]),
 ("Niger's parliament voted on Monday to send troops to join the offensive.", [], ["NER DEPLOYS_TROOPS NGA"]),
 ("Nigeria's President Goodluck Jonathan, who faces an election this month, has been criticised for relying on neighbouring armies to retake territory from the militants.", ["person:goodluck-jonathan LEADS NGA"], []),
]
