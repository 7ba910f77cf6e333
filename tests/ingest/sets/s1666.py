DAY = "2017-01-20"
SENTS = [
 ("Senegalese troops entered Gambia on Thursday as part of a West African force to remove Yahya Jammeh, who has refused to step down after losing last month's election.", ["SEN DEPLOYS_TROOPS GMB"], ["org:ECOWAS DEPLOYS_TROOPS GMB", "SEN ATTACKS GMB"]),
 ("Adama Barrow, the election winner, was sworn in at Gambia's embassy in Dakar hours earlier.", [], ["person:adama-barrow LEADS GMB"]),
 ("The UN Security Council unanimously backed the efforts of the regional bloc Ecowas to ensure that Barrow takes office.", ["org:UNSC SUPPORTS org:ECOWAS"], ["org:UNSC SUPPORTS person:adama-barrow"]),
 ("Nigeria sent warplanes and a warship to join the operation.", [], ["NGA DEPLOYS_TROOPS GMB"]),
 ("Mauritania's president, Mohamed Ould Abdel Aziz, flew to Banjul to try to persuade Jammeh to leave peacefully.", ["person:mohamed-ould-abdel-aziz LEADS MRT", "person:mohamed-ould-abdel-aziz MEETS GMB"], []),
]
