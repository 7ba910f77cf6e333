DAY = "2017-03-05"
SENTS = [
 ("Malaysia expelled North Korea's ambassador on Saturday over his criticism of the investigation into the killing of Kim Jong Nam, the estranged half-brother of Kim Jong Un, at Kuala Lumpur airport.", [], ["MYS CONDEMNS PRK"]),
 ("Police say two women smeared the VX nerve agent on his face, and they suspect four North Korean men who fled the country on the day of the attack.", [], []),
 ("Ambassador Kang Chol had accused Malaysia of colluding with South Korea and of trying to politicise the case.", ["person:kang-chol CONDEMNS MYS"], ["PRK CONDEMNS MYS", "person:kang-chol CONDEMNS KOR"]),
 ("Malaysia has also scrapped visa-free entry for North Koreans.", ["MYS SANCTIONS PRK"], []),
 ("South Korea's intelligence service said the killing was ordered by the North Korean leader.", [], ["KOR CONDEMNS PRK", "KOR CONDEMNS person:kim-jong-un"]),
]
