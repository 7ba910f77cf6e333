DAY = "2018-09-18"
SENTS = [
 ("Moon Jae-in arrived in Pyongyang on Tuesday for his third summit with Kim Jong Un this year, and the two leaders embraced on the airport tarmac.", ["person:moon-jae-in MEETS PRK", "person:moon-jae-in MEETS person:kim-jong-un"], []),
 ("Kim agreed to dismantle a missile engine test site in the presence of international experts.", [], []),
 ("The United States, which keeps 28,500 troops in the South, welcomed the progress but said sanctions would stay until North Korea gave up its nuclear weapons.", ["USA DEPLOYS_TROOPS KOR"], ["USA SANCTIONS PRK"]),
 ("Japan, which has not held talks with Pyongyang since 2015, said it wanted to resolve the abduction of its citizens by North Korean agents.", [], []),
 ("China, the North's main trading partner, praised both leaders for their political courage.", ["CHN TRADES_WITH PRK"], ["CHN SUPPORTS person:kim-jong-un", "CHN SUPPORTS person:moon-jae-in"]),
]
