DAY = "2011-12-19"
SENTS = [
 ("North Korea announced on Monday that Kim Jong Il had died of a heart attack on Saturday while travelling on his train, and called on the country to rally behind his son Kim Jong Un.", [], ["person:kim-jong-il LEADS PRK", "person:kim-jong-un LEADS PRK"]),
 ("South Korea put its military on emergency alert and President Lee Myung-bak convened his national security council.", [], ["person:lee-myung-bak LEADS KOR"]),
 ("China, North Korea's main ally and benefactor, expressed its condolences and said it was confident the North Korean people would remain united under Kim Jong Un.", ["CHN ALLIED_WITH PRK"], ["CHN SUPPORTS PRK", "CHN SUPPORTS person:kim-jong-un", "person:kim-jong-un LEADS PRK"]),
 ("The White House said President Barack Obama had spoken with South Korea's president by telephone and that the two leaders had agreed to stay in close touch.", ["person:barack-obama MEETS person:lee-myung-bak"], ["person:barack-obama LEADS USA", "person:lee-myung-bak LEADS KOR", "person:barack-obama MEETS KOR"]),
 ("Japan's Prime Minister Yoshihiko Noda set up an emergency task force to watch for any instability.", ["person:yoshihiko-noda LEADS JPN"], []),
 ("North Korea fired a short-range missile off its east coast on Monday morning, a South Korean news agency reported.", [], []),
]
