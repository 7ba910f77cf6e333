DAY = "2014-05-22"
SENTS = [
 ("The United States has sent about 80 military personnel to Chad to help search for more than 200 schoolgirls abducted by Boko Haram in northeastern Nigeria.", ["USA DEPLOYS_TROOPS TCD"], ["USA SUPPORTS NGA"]),
 ("The troops will operate surveillance drones and manned aircraft over Nigeria from a base in Chad, the White House said in a letter to Congress.", [], []),
 ("Britain and France have also sent surveillance teams to help the Nigerian government.", ["GBR SUPPORTS NGA", "FRA SUPPORTS NGA"], ["GBR DEPLOYS_TROOPS NGA", "FRA DEPLOYS_TROOPS NGA"]),
 ("President Goodluck Jonathan has been criticised at home for his slow response to the kidnapping.", [], ["person:goodluck-jonathan LEADS NGA"]),
 ("Boko Haram's leader, Abubakar Shekau, has threatened to sell the girls and offered to swap them for imprisoned militants.", ["person:abubakar-shekau LEADS org:BOKO_HARAM"], []),
]
