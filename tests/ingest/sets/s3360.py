DAY = "1922-09-24"
SENTS = [
 ("British troops at Chanak on the Dardanelles faced Turkish Nationalist cavalry across a line of barbed wire on Saturday, and Mustafa Kemal has refused to withdraw his forces from the neutral zone.", [], ["GBR DEPLOYS_TROOPS TUR"]),
 ("France and Italy have pulled their detachments back to the European shore, leaving the British alone at Chanak.", [], ["FRA DEPLOYS_TROOPS TUR", "ITA DEPLOYS_TROOPS TUR"]),
 ("Mr. Lloyd George appealed to the Dominions for troops, but Canada replied that only its parliament could decide.", [], ["person:david-lloyd-george MEETS CAN", "person:david-lloyd-george LEADS GBR"]),
 ("New Zealand and Newfoundland offered contingents at once.", [], ["NZL SUPPORTS GBR"]),
 ("The Turkish Nationalists accuse Britain of arming the Greeks, whose army they drove out of Smyrna this month.", ["TUR CONDEMNS GBR", "TUR ATTACKS GRC"], ["GBR SUPPLIES_ARMS GRC"]),
]
