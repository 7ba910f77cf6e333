DAY = "2010-03-27"
SENTS = [
 ("A South Korean navy ship with 104 sailors aboard sank near the disputed sea border with North Korea late on Friday after an unexplained explosion.", [], []),
 ("President Lee Myung-bak convened an emergency security meeting, but officials said there was no sign of North Korean involvement.", [], ["person:lee-myung-bak LEADS KOR"]),
 ("The United States, which has about 28,500 soldiers based in South Korea, said it was in close contact with Seoul.", ["USA DEPLOYS_TROOPS KOR"], ["USA MEETS KOR"]),
 ("North Korea's state media made no mention of the sinking.", [], []),
 ("Japan's Prime Minister Yukio Hatoyama expressed his condolences to Lee in a telephone call.", ["person:yukio-hatoyama LEADS JPN", "person:lee-myung-bak MEETS person:yukio-hatoyama"], ["person:yukio-hatoyama SUPPORTS person:lee-myung-bak"]),
]
