DAY = "2003-01-10"
SENTS = [
 ("North Korea announced on Friday that it was withdrawing from the Nuclear Non-Proliferation Treaty, accusing the United States of plotting to invade it.", ["PRK CONDEMNS USA"], []),
 ("The announcement came weeks after Pyongyang expelled inspectors of the International Atomic Energy Agency and restarted a reactor at Yongbyon.", [], []),
 ("The United States said it had no intention of attacking North Korea and was ready to talk, but would not offer inducements.", [], []),
 ("China and Russia urged Pyongyang to reconsider, while South Korea's President-elect Roh Moo-hyun called for a peaceful resolution.", [], []),
 ("Japan's Prime Minister Junichiro Koizumi, who visited Pyongyang in September, said the move was deeply regrettable.", ["person:junichiro-koizumi LEADS JPN", "person:junichiro-koizumi MEETS PRK"], ["person:junichiro-koizumi CONDEMNS PRK"]),
 ("The IAEA board is expected to refer the matter to the Security Council, which could impose sanctions.", [], []),
]
