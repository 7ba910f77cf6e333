DAY = "1931-09-20"
SENTS = [
 ("Japanese troops occupied Mukden and several other towns along the South Manchuria Railway on Saturday after a bomb damaged the line outside the city.", [], ["JPN ATTACKS CHN", "JPN DEPLOYS_TROOPS CHN"]),
 ("The Japanese army blamed Chinese soldiers for the explosion and said it had acted in self-defence.", ["JPN CONDEMNS CHN"], []),
 ("Chinese troops in the city were ordered by Marshal Chang Hsueh-liang not to resist.", [], []),
 ("In an appeal to the League of Nations on Monday, China's Nationalist government charged Japan with wanton aggression in Manchuria.", ["CHN CONDEMNS JPN"], ["JPN ATTACKS CHN"]),
 ("Baron Shidehara, the Japanese foreign minister, assured the American ambassador that the army would not extend the fighting.", [], ["JPN MEETS USA"]),
]
