DAY = "2023-03-17"
SENTS = [
 ("South Korean President Yoon Suk Yeol met Fumio Kishida in Tokyo on Thursday, the first such visit by a South Korean leader in 12 years.", ["person:yoon-suk-yeol LEADS KOR", "person:yoon-suk-yeol MEETS person:fumio-kishida", "person:yoon-suk-yeol MEETS JPN"], []),
 ("Japan agreed to lift export curbs on chemicals used in South Korean chipmaking, while Seoul dropped its complaint at the World Trade Organization.", [], ["JPN SANCTIONS KOR", "KOR CONDEMNS JPN"]),
 ("The two neighbours also agreed to resume regular security talks.", [], ["JPN MEETS KOR", "JPN ALLIED_WITH KOR"]),
 ("Hours before the summit, North Korea fired an intercontinental ballistic missile into the sea off Japan.", [], []),
 ("Washington, which has troops in both countries, welcomed the rapprochement.", ["USA DEPLOYS_TROOPS JPN", "USA DEPLOYS_TROOPS KOR"], []),
]
