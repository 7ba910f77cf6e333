DAY = "2023-08-07"
SENTS = [
 ("A Chinese coast guard ship fired a water cannon at a Philippine vessel carrying supplies to troops stationed on the Second Thomas Shoal on Saturday.", [], ["CHN ATTACKS PHL"]),
 ("Manila summoned the Chinese ambassador and accused Beijing of dangerous and illegal actions.", ["PHL CONDEMNS CHN"], []),
 ("The United States said it stood with its ally and reminded China that their 1951 mutual defence treaty extends to Philippine vessels anywhere in the South China Sea.", ["USA ALLIED_WITH PHL", "USA SUPPORTS PHL"], []),
 ("Japan and Australia also voiced concern over the incident.", [], ["JPN CONDEMNS CHN", "AUS CONDEMNS CHN"]),
 ("China's foreign ministry said the Philippine vessels had intruded into Chinese waters without permission.", ["CHN CONDEMNS PHL"], []),
]
