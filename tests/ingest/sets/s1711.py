DAY = "2012-10-05"
SENTS = [
 ("Turkish artillery shelled targets in northern Syria for a second day on Thursday after a Syrian mortar bomb killed five civilians in the border town of Akcakale.", ["TUR ATTACKS SYR"], ["SYR ATTACKS TUR"]),
 ("Turkey's parliament authorised further military operations across the border if necessary.", [], []),
 ("Prime Minister Recep Tayyip Erdogan said Turkey did not want war but warned Damascus not to test its resolve.", ["person:recep-tayyip-erdogan LEADS TUR"], ["person:recep-tayyip-erdogan CONDEMNS SYR"]),
 ("NATO ambassadors held an emergency meeting in Brussels and demanded an immediate end to aggressive acts by the Syrian regime against an ally.", ["org:NATO CONDEMNS SYR"], ["TUR ALLIED_WITH org:NATO"]),
 ("Syria's information minister offered condolences to the Turkish people and said an investigation had been opened.", [], []),
]
