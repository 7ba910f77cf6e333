DAY = "1937-07-10"
SENTS = [
 ("Japanese and Chinese troops clashed near the Marco Polo Bridge outside Peiping on Wednesday night after a Japanese company on night manoeuvres came under fire.", ["JPN ATTACKS CHN", "CHN ATTACKS JPN"], ["JPN DEPLOYS_TROOPS CHN"]),
 ("The Japanese garrison commander blamed the Chinese Twenty-ninth Army and demanded that its troops withdraw from Wanping.", ["JPN CONDEMNS CHN"], ["JPN DEPLOYS_TROOPS CHN"]),
 ("In a note delivered to the Japanese embassy, Nanking held Tokyo responsible for the bloodshed.", ["CHN CONDEMNS JPN"], []),
 ("Japanese artillery shelled Wanping again on Friday, and the Japanese government has ordered reinforcements from Korea and Manchukuo.", ["JPN ATTACKS CHN"], ["JPN DEPLOYS_TROOPS CHN"]),
]
