DAY = "1993-03-12"
SENTS = [
 ("North Korea gave notice on Friday of its intention to quit the nuclear Non-Proliferation Treaty, the first signatory ever to do so.", [], []),
 ("Pyongyang accused the United States and South Korea of preparing for a nuclear war with their joint military exercises, known as Team Spirit.", ["PRK CONDEMNS USA", "PRK CONDEMNS KOR"], ["USA ALLIED_WITH KOR"]),
 ("The International Atomic Energy Agency had demanded inspections of two suspected nuclear waste sites at Yongbyon.", [], ["org:IAEA CONDEMNS PRK"]),
 ("South Korea's President Kim Young-sam, in office for less than three weeks, said his government would suspend its economic cooperation with the North.", ["person:kim-young-sam LEADS KOR"], ["KOR SANCTIONS PRK"]),
 ("China, the North's main ally, urged a negotiated solution and said it opposed sanctions.", ["CHN ALLIED_WITH PRK"], []),
 ("Japan said it was deeply concerned.", [], []),
]
