DAY = "1967-04-21"
SENTS = [
 ("Army officers seized power in Greece before dawn on Friday, arresting political leaders including former Prime Minister George Papandreou and suspending parts of the constitution.", [], []),
 ("King Constantine, who had been surrounded at his palace by tanks, swore in a new government headed by Constantine Kollias, a Supreme Court prosecutor.", [], ["person:constantine-kollias LEADS GRC"]),
 ("The United States, Greece's main ally and arms supplier, said it was following events closely.", ["USA ALLIED_WITH GRC", "USA SUPPLIES_ARMS GRC"], []),
 ("The coup leaders said they had acted to save Greece from a communist takeover.", [], []),
 ("Denmark, Norway and Sweden called for Greece to be expelled from the Council of Europe.", [], ["DNK CONDEMNS GRC", "NOR CONDEMNS GRC", "SWE CONDEMNS GRC", "GRC MEMBER_OF org:COE"]),
 ("Turkey, Greece's neighbour and NATO partner, put its forces on alert along the border.", ["TUR MEMBER_OF org:NATO"], ["GRC MEMBER_OF org:NATO", "TUR ALLIED_WITH GRC"]),
]
