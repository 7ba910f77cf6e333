DAY = "2025-09-11"
SENTS = [
 ("A reciprocal access agreement allowing Japanese and Philippine troops to train in each other's territory took effect on Thursday.", ["JPN ALLIED_WITH PHL"], ["JPN DEPLOYS_TROOPS PHL", "PHL DEPLOYS_TROOPS JPN"]),
 ("Manila has signed similar pacts with Australia and the United States.", [], ["PHL ALLIED_WITH AUS", "PHL ALLIED_WITH USA"]),
 ("Tokyo has also given the Philippine coast guard patrol vessels and coastal radars.", ["JPN SUPPLIES_ARMS PHL"], ["JPN SUPPORTS PHL"]),
 ("China's coast guard fired water cannon at a Philippine fisheries vessel near Scarborough Shoal days later.", [], ["CHN ATTACKS PHL"]),
 ("Beijing said the Philippine ship had illegally intruded into Chinese waters.", ["CHN CONDEMNS PHL"], []),
]
