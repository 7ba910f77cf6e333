DAY = "1962-11-22"
SENTS = [
 ("China announced a unilateral ceasefire along its disputed border with India on Wednesday and said its troops would withdraw twenty kilometres behind the line of actual control.", [], ["CHN ATTACKS IND", "IND ATTACKS CHN", "CHN DEPLOYS_TROOPS IND"]),
 ("The announcement came a month after Chinese forces overran Indian positions in the North East Frontier Agency and advanced to the edge of the Assam plains.", ["CHN ATTACKS IND"], ["CHN DEPLOYS_TROOPS IND"]),
 ("Prime Minister Jawaharlal Nehru, who has asked Britain and the United States for military aid, said India would study the offer.", [], ["person:jawaharlal-nehru LEADS IND"]),
 ("American transport planes began flying weapons and ammunition to India last week.", ["USA SUPPLIES_ARMS IND"], []),
 ("Pakistan has protested against the Western arms shipments to India.", [], ["PAK CONDEMNS bloc:WEST", "bloc:WEST SUPPLIES_ARMS IND"]),
]
