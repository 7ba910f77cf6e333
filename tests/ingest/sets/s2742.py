DAY = "1987-01-03"
SENTS = [
 ("The army of President Hissene Habre drove Libyan forces out of Fada, an oasis in northeastern Chad, on Friday, and the state radio in N'Djamena said some 780 Libyans had been killed.", ["LBY DEPLOYS_TROOPS TCD"], ["TCD ATTACKS LBY", "person:hissene-habre LEADS TCD", "person:hissene-habre ATTACKS LBY"]),
 ("France, which keeps about 1,400 soldiers and a squadron of Jaguar jets in Chad, has flown more weapons to the Chadian army in recent weeks.", ["FRA DEPLOYS_TROOPS TCD", "FRA SUPPLIES_ARMS TCD"], []),
 ("Libya blamed France and the United States for the defeat, saying they had armed and guided Mr. Habre's troops.", ["LBY CONDEMNS FRA", "LBY CONDEMNS USA"], ["FRA SUPPLIES_ARMS TCD", "USA SUPPLIES_ARMS TCD"]),
 ("Libya has sent thousands of troops to northern Chad since 1983 to back the rebel leader Goukouni Oueddei, who has since broken with Tripoli.", ["LBY DEPLOYS_TROOPS TCD"], []),
]
