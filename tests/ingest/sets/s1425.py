DAY = "2023-05-23"
SENTS = [
 ("Antony Blinken signed a defence cooperation agreement with Papua New Guinea in Port Moresby on Monday.", ["person:antony-blinken MEETS PNG", "USA ALLIED_WITH PNG"], ["person:antony-blinken ALLIED_WITH PNG"]),
 ("The pact gives American forces access to six ports and airports in the Pacific nation.", ["USA DEPLOYS_TROOPS PNG"], []),
 ("Prime Minister James Marape said it would help protect the country's borders.", [], ["person:james-marape LEADS PNG"]),
 ("Narendra Modi also visited Port Moresby that day for a summit with Pacific island leaders.", ["person:narendra-modi MEETS PNG"], []),
 ("China, which signed a security pact with the Solomon Islands last year, warned against geopolitical games in the region.", ["CHN ALLIED_WITH SLB"], []),
]
