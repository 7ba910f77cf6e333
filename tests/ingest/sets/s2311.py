DAY = "2016-01-07"
SENTS = [
 ("North Korea said on Wednesday that it had successfully tested its first hydrogen bomb, a claim that experts in Seoul and Washington greeted with scepticism.", [], []),
 ("The UN Security Council condemned North Korea's test at an emergency meeting and promised new measures against Pyongyang.", ["org:UNSC CONDEMNS PRK"], ["org:UNSC SANCTIONS PRK"]),
 ("China, the North's main ally and trading partner, said it firmly opposed the test and would lodge a protest with Pyongyang.", ["CHN ALLIED_WITH PRK", "CHN TRADES_WITH PRK"], ["CHN CONDEMNS PRK"]),
 ("South Korea resumed loudspeaker propaganda broadcasts across the border in retaliation.", [], ["KOR CONDEMNS PRK", "KOR SANCTIONS PRK"]),
 ("Japan's prime minister, Shinzo Abe, called the test a serious threat to his country's security.", ["person:shinzo-abe LEADS JPN"], ["person:shinzo-abe CONDEMNS PRK", "JPN CONDEMNS PRK"]),
 ("The United States flew a B-52 bomber over South Korea on Sunday in a show of support for its ally.", ["USA SUPPORTS KOR"], ["KOR ALLIED_WITH USA", "USA DEPLOYS_TROOPS KOR"]),
]
