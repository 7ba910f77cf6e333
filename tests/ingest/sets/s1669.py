DAY = "2023-08-25"
SENTS = [
 ("China banned all seafood imports from Japan on Thursday after Tokyo began releasing treated radioactive water from the Fukushima nuclear plant into the Pacific.", ["CHN SANCTIONS JPN"], []),
 ("Beijing accused Japan of treating the ocean as its private sewer.", ["CHN CONDEMNS JPN"], []),
 ("Prime Minister Fumio Kishida urged China to lift the ban, saying the release was safe and had been approved by the International Atomic Energy Agency.", [], ["person:fumio-kishida LEADS JPN", "org:IAEA SUPPORTS JPN"]),
 ("Hong Kong and Macau also restricted seafood from ten Japanese prefectures.", [], []),
 ("South Korea's government said it saw no scientific problem with the release, despite protests in Seoul.", [], ["KOR SUPPORTS JPN"]),
]
