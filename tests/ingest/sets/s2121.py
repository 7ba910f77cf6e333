DAY = "1951-09-02"
SENTS = [
 ("Australia, New Zealand and the United States signed a security treaty in San Francisco on Saturday, pledging to act together against any armed attack in the Pacific.", ["AUS ALLIED_WITH NZL", "AUS ALLIED_WITH USA", "NZL ALLIED_WITH USA"], ["AUS MEETS NZL", "AUS MEETS USA", "NZL MEETS USA"]),
 ("Secretary of State Dean Acheson signed for the United States and Percy Spender for Australia.", [], ["person:dean-acheson MEETS person:percy-spender"]),
 ("Britain, which was left out of the pact, said it welcomed the arrangement.", [], []),
 ("The treaty follows the peace treaty with Japan, which the three countries will sign next week with 46 other nations.", [], []),
 ("Australia and New Zealand have sent troops to fight alongside American forces in Korea.", ["AUS DEPLOYS_TROOPS KOR", "NZL DEPLOYS_TROOPS KOR", "USA DEPLOYS_TROOPS KOR"], ["AUS ALLIED_WITH USA", "NZL ALLIED_WITH USA", "AUS SUPPORTS KOR", "NZL SUPPORTS KOR", "AUS SUPPORTS USA", "NZL SUPPORTS USA"]),
]
