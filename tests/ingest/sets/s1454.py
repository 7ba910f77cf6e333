DAY = "2024-10-11"
SENTS = [
 ("The leaders of Egypt, Eritrea and Somalia met in Asmara on Thursday and pledged to defend Somalia's territorial integrity.", ["EGY MEETS ERI", "EGY MEETS SOM", "ERI MEETS SOM"], ["EGY SUPPORTS SOM", "ERI SUPPORTS SOM"]),
 ("The summit was seen as a rebuke to Ethiopia, which signed a deal with the breakaway region of Somaliland in January.", [], ["EGY CONDEMNS ETH", "ERI CONDEMNS ETH", "SOM CONDEMNS ETH"]),
 ("Egypt has sent two shipments of weapons to Mogadishu since August.", ["EGY SUPPLIES_ARMS SOM"], []),
 ("Ethiopia, which has thousands of troops in Somalia fighting al-Shabaab, warned against actions that could destabilise the region.", ["ETH DEPLOYS_TROOPS SOM"], ["ETH ATTACKS org:SHABAAB"]),
 ("Cairo and Addis Ababa have been at odds for years over the Grand Ethiopian Renaissance Dam on the Nile.", [], ["EGY CONDEMNS ETH"]),
]
