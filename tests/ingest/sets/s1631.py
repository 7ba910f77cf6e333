DAY = "2024-12-04"
SENTS = [
 ("South Korean President Yoon Suk Yeol declared martial law late on Tuesday, accusing the opposition of sympathising with North Korea, then lifted it six hours later after parliament voted it down.", ["person:yoon-suk-yeol LEADS KOR"], ["person:yoon-suk-yeol CONDEMNS PRK"]),
 ("The United States, which keeps 28,500 troops in South Korea, said it had not been told in advance.", ["USA DEPLOYS_TROOPS KOR"], []),
 ("Deputy Secretary of State Kurt Campbell said Washington had grave concern about the developments in Seoul.", [], []),
 ("Japan's Prime Minister Shigeru Ishiba said Tokyo was watching the situation with exceptional concern.", ["person:shigeru-ishiba LEADS JPN"], []),
 ("A planned visit to Seoul by Swedish Prime Minister Ulf Kristersson was postponed.", ["person:ulf-kristersson LEADS SWE"], ["person:ulf-kristersson MEETS KOR"]),
]
