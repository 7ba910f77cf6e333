DAY = "2010-07-26"
SENTS = [
 ("The United States and South Korea began four days of naval and air exercises in the Sea of Japan on Sunday, four months after the sinking of a South Korean warship that an international inquiry blamed on North Korea.", ["KOR ALLIED_WITH USA"], ["PRK ATTACKS KOR", "KOR CONDEMNS PRK"]),
 ("The drills involve about 20 ships, including the aircraft carrier George Washington, and 8,000 American and South Korean personnel.", [], ["KOR ALLIED_WITH USA"]),
 ("North Korea threatened a retaliatory sacred war and called the exercises a provocation.", [], ["PRK CONDEMNS USA", "PRK CONDEMNS KOR"]),
 ("China, which has refused to blame Pyongyang for the sinking, had objected to the carrier's presence in the Yellow Sea, so the drills were moved east.", [], ["CHN SUPPORTS PRK", "CHN CONDEMNS USA"]),
 ("Secretary of State Hillary Clinton visited the demilitarised zone last week and announced new sanctions aimed at North Korea's leadership.", ["USA SANCTIONS PRK"], ["person:hillary-clinton MEETS KOR", "person:hillary-clinton SANCTIONS PRK"]),
 ("Washington has kept troops in South Korea since the 1950-53 war, which ended in an armistice rather than a peace treaty.", ["USA DEPLOYS_TROOPS KOR"], []),
]
