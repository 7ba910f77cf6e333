DAY = "2022-12-16"
SENTS = [
 ("Japan approved its biggest military build-up since World War II on Friday, pledging to double defence spending and acquire missiles that can strike targets in China and North Korea.", [], []),
 ("The new national security strategy calls China the greatest strategic challenge Japan has ever faced.", [], ["JPN CONDEMNS CHN"]),
 ("Tokyo plans to buy up to 500 Tomahawk cruise missiles from the United States.", [], ["USA SUPPLIES_ARMS JPN"]),
 ("Beijing accused Japan of hyping up the China threat and lodged a protest through diplomatic channels.", ["CHN CONDEMNS JPN"], []),
 ("Prime Minister Fumio Kishida said the alliance with the United States remained the cornerstone of Japan's security.", ["JPN ALLIED_WITH USA"], ["person:fumio-kishida LEADS JPN"]),
 ("Japan is also developing a new fighter jet with Britain and Italy.", [], ["JPN ALLIED_WITH GBR", "JPN ALLIED_WITH ITA"]),
]
