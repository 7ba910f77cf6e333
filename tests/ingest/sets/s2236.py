DAY = "1965-06-22"
SENTS = [
 ("Japan and South Korea signed a treaty in Tokyo on Tuesday establishing diplomatic relations, 20 years after the end of Japanese colonial rule over Korea.", [], ["JPN MEETS KOR", "JPN SUPPORTS KOR", "KOR SUPPORTS JPN", "JPN ALLIED_WITH KOR"]),
 ("Japan will provide South Korea with $300 million in grants and $200 million in low-interest loans over ten years.", [], ["JPN SUPPORTS KOR"]),
 ("Students in Seoul have staged weeks of protests against the treaty, accusing President Park Chung-hee of selling out the country.", [], ["person:park-chung-hee LEADS KOR"]),
 ("Prime Minister Eisaku Sato said the treaty opened a new page in relations between the two countries.", [], ["person:eisaku-sato LEADS JPN"]),
 ("North Korea denounced the treaty and said it did not recognize the South as the only legal government on the peninsula.", [], ["PRK CONDEMNS KOR", "PRK CONDEMNS JPN"]),
 ("The United States, which has 50,000 troops in South Korea and bases in Japan, had urged both countries to settle their differences.", ["USA DEPLOYS_TROOPS KOR", "USA DEPLOYS_TROOPS JPN"], []),
 ("Japan is already South Korea's second-largest trading partner after the United States.", ["JPN TRADES_WITH KOR"], ["USA TRADES_WITH KOR"]),
]
