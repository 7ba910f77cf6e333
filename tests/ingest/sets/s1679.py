DAY = "2012-04-12"
SENTS = [
 ("Chinese surveillance ships blocked a Philippine warship from arresting Chinese fishermen at Scarborough Shoal on Wednesday, starting a standoff in the South China Sea.", [], ["CHN CONDEMNS PHL"]),
 ("Manila said the shoal lay within its exclusive economic zone and summoned China's ambassador.", ["PHL CONDEMNS CHN"], []),
 ("Beijing said the fishermen had been sheltering from a storm in Chinese waters and demanded that the Philippine ship leave.", [], ["CHN CONDEMNS PHL"]),
 ("The Philippines later replaced the warship with a coast guard vessel to ease tensions.", [], []),
 ("The United States, the Philippines' treaty ally, urged both sides to resolve the dispute peacefully.", ["USA ALLIED_WITH PHL"], []),
]
