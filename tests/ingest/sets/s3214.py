DAY = "1988-01-16"
SENTS = [
 ("A North Korean agent confessed on Friday that she had planted the bomb that destroyed a Korean Air Boeing 707 over the Andaman Sea in November, acting on orders from Kim Jong Il.", [], ["PRK ATTACKS KOR"]),
 ("The South Korean government said the bombing, which killed all 115 people on board, had been meant to frighten countries away from the Seoul Olympics.", [], []),
 ("Japan imposed sanctions on North Korea, barring its officials from entering the country, because the bomber had travelled on a forged Japanese passport.", ["JPN SANCTIONS PRK"], []),
 ("Washington is expected to put Pyongyang on its list of states that sponsor terrorism.", [], ["USA SANCTIONS PRK", "USA CONDEMNS PRK"]),
]
