DAY = "2017-08-06"
SENTS = [
 ("The UN Security Council unanimously approved new sanctions on North Korea on Saturday that ban its exports of coal, iron, lead and seafood, in response to two intercontinental ballistic missile tests in July.", ["org:UNSC SANCTIONS PRK"], []),
 ("The measures, drafted by the United States and negotiated with China, could cut Pyongyang's annual export revenue of $3 billion by a third.", [], ["USA SANCTIONS PRK"]),
 ("China, which buys most of North Korea's coal, said the resolution reflected the unified position of the council but urged Washington to resume dialogue.", ["CHN TRADES_WITH PRK"], []),
 ("Russia's ambassador, Vassily Nebenzia, said sanctions alone would not solve the problem and criticised American military drills in South Korea.", ["person:vassily-nebenzia CONDEMNS USA"], ["USA DEPLOYS_TROOPS KOR"]),
 ("US Ambassador Nikki Haley called the package the single largest economic sanctions ever levelled against the North Korean regime.", [], ["USA SANCTIONS PRK", "org:UNSC SANCTIONS PRK"]),
 ("Secretary of State Rex Tillerson is due to meet his North Korean counterpart's delegation at a regional forum in Manila, though no talks are planned.", [], []),
]
