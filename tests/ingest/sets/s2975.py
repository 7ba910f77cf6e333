DAY = "1962-06-12"
SENTS = [
 ("The three Laotian princes, Souvanna Phouma, Souphanouvong and Boun Oum, agreed today on the Plain of Jars to form a coalition government.", [], []),
 ("Prince Souvanna Phouma, the neutralist, will be Prime Minister.", [], ["person:souvanna-phouma LEADS LAO"]),
 ("Washington welcomed the agreement, which it said could lead to the withdrawal of the 5,000 American troops sent to Thailand last month.", ["USA DEPLOYS_TROOPS THA"], []),
 ("North Vietnam, whose troops are in Laos according to American officials, said all foreign forces must leave.", [], ["VDR DEPLOYS_TROOPS LAO"]),
 ("In Bangkok, Marshal Sarit Thanarat, Thailand's Prime Minister, said the Americans would stay until Laos was truly neutral.", ["person:sarit-thanarat LEADS THA"], ["USA DEPLOYS_TROOPS THA"]),
]
