DAY = "1988-03-16"
SENTS = [
 ("Chinese warships fired on Vietnamese supply ships near Johnson Reef in the Spratly Islands on Monday, sinking two of them and killing dozens of sailors, Hanoi said.", ["CHN ATTACKS VNM"], ["VNM CONDEMNS CHN"]),
 ("China said the Vietnamese vessels had fired first and accused Hanoi of occupying Chinese islands.", ["CHN CONDEMNS VNM"], ["VNM ATTACKS CHN"]),
 ("Vietnam, whose troops hold more of the islands than any other claimant, asked the United Nations Secretary General to intervene.", [], []),
 ("Moscow, the chief ally of Vietnam and the user of its naval base at Cam Ranh Bay, kept silent for two days.", ["SUN ALLIED_WITH VNM"], ["SUN DEPLOYS_TROOPS VNM"]),
]
