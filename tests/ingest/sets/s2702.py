DAY = "1984-08-13"
SENTS = [
 ("The Soviet Union on Monday condemned President Reagan's joke about outlawing Russia and beginning the bombing in five minutes as an unprecedented act of hostility.", ["SUN CONDEMNS person:ronald-reagan"], ["person:ronald-reagan LEADS USA", "SUN CONDEMNS USA"]),
 ("The official press agency Tass said the remark showed the true face of Washington's policy toward the socialist countries.", [], ["SUN CONDEMNS USA"]),
 ("Mr. Reagan made the remark while testing a microphone before his weekly radio address from his ranch near Santa Barbara.", [], []),
 ("Konstantin U. Chernenko, the 72-year-old Soviet leader, has not been seen in public since mid-July.", ["person:konstantin-chernenko LEADS SUN"], []),
]
