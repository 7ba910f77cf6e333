DAY = "2017-02-19"
SENTS = [
 ("China suspended all imports of coal from North Korea on Sunday for the rest of the year, cutting off the isolated state's most important export.", [], ["CHN SANCTIONS PRK", "CHN TRADES_WITH PRK"]),
 ("The commerce ministry said the ban was needed to comply with UN Security Council sanctions imposed over Pyongyang's nuclear and missile programmes.", ["org:UNSC SANCTIONS PRK"], []),
 ("The move came a week after North Korea test-fired a new ballistic missile into the Sea of Japan, and days after Kim Jong Un's half-brother was murdered at Kuala Lumpur airport.", [], []),
 ("China accounts for about 90 percent of North Korea's trade.", ["CHN TRADES_WITH PRK"], []),
 ("Washington has long urged Beijing to use its leverage over its ally Pyongyang.", ["CHN ALLIED_WITH PRK"], ["USA CONDEMNS CHN"]),
]
