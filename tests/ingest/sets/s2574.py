DAY = "2001-01-20"
SENTS = [
 ("North Korean leader Kim Jong Il ended a secretive visit to China on Saturday after touring factories and the stock exchange in Shanghai.", ["person:kim-jong-il LEADS PRK", "person:kim-jong-il MEETS CHN"], []),
 ("Kim held talks with President Jiang Zemin in Beijing, and the two leaders pledged to strengthen the alliance between their countries.", ["person:kim-jong-il MEETS person:jiang-zemin", "person:kim-jong-il MEETS CHN"], ["CHN ALLIED_WITH PRK", "person:jiang-zemin LEADS CHN"]),
 ("South Korea said it hoped the trip meant that Pyongyang was ready to open its economy.", [], []),
 ("Beijing provides most of North Korea's oil and about a third of its food imports.", ["CHN TRADES_WITH PRK"], ["CHN SUPPORTS PRK"]),
 ("Kim had last travelled to China in May, weeks before his summit in Pyongyang with South Korean President Kim Dae-jung.", ["person:kim-jong-il MEETS CHN", "person:kim-jong-il MEETS person:kim-dae-jung", "person:kim-dae-jung LEADS KOR"], ["person:kim-dae-jung MEETS PRK"]),
]
