DAY = "2017-03-07"
SENTS = [
 ("The United States began deploying the THAAD missile defence system in South Korea on Tuesday, a day after North Korea fired four ballistic missiles into the sea off Japan.", [], ["USA DEPLOYS_TROOPS KOR", "USA SUPPLIES_ARMS KOR"]),
 ("China, which says the system's radar can see deep into its territory, has retaliated by banning tour groups to South Korea and closing Lotte stores.", ["CHN SANCTIONS KOR"], ["CHN CONDEMNS KOR"]),
 ("Lotte Group had provided the land for the battery in exchange for government-owned property.", [], []),
 ("Japan, which hosts two THAAD radars of its own, welcomed the deployment as a response to the North Korean threat.", [], ["JPN SUPPORTS USA", "JPN CONDEMNS PRK"]),
 ("South Korea's acting president, Hwang Kyo-ahn, said the system was needed to protect the country from its northern neighbour.", ["person:hwang-kyo-ahn LEADS KOR"], ["person:hwang-kyo-ahn CONDEMNS PRK"]),
]
