DAY = "2019-08-23"
SENTS = [
 ("South Korea said on Thursday it would scrap an intelligence-sharing pact with Japan, deepening a dispute that began with Tokyo's curbs on exports of chemicals used by Korean chipmakers.", ["JPN SANCTIONS KOR"], ["KOR ALLIED_WITH JPN"]),
 ("Japan's foreign minister Taro Kono protested to the South Korean ambassador, calling the decision extremely regrettable.", ["person:taro-kono CONDEMNS KOR"], ["JPN CONDEMNS KOR"]),
 ("The United States, which has troops in both countries, said it was strongly concerned and disappointed by Seoul's move.", ["USA CONDEMNS KOR"], ["USA DEPLOYS_TROOPS KOR", "USA DEPLOYS_TROOPS JPN"]),
 ("The agreement, known as GSOMIA, was signed in 2016 to share military information on North Korea's missile and nuclear programmes.", [], []),
]
