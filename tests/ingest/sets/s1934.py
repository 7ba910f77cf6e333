DAY = "2016-07-08"
SENTS = [
 ("The United States and South Korea announced on Friday that they would deploy an advanced American missile defence system, known as THAAD, on South Korean soil.", [], ["USA DEPLOYS_TROOPS KOR", "USA ALLIED_WITH KOR"]),
 ("China's foreign ministry lodged a strong protest with the two countries, saying the system would harm its strategic security.", [], ["CHN CONDEMNS USA", "CHN CONDEMNS KOR"]),
 ("Russia also criticised the decision and said it would take it into account in its military planning.", [], ["RUS CONDEMNS USA", "RUS CONDEMNS KOR"]),
 ("About 28,500 American troops are stationed in South Korea under a mutual defence treaty signed after the Korean War.", ["USA DEPLOYS_TROOPS KOR"], ["USA ALLIED_WITH KOR"]),
 ("North Korea, which has carried out four nuclear tests, test-fired three ballistic missiles days later.", [], []),
]
