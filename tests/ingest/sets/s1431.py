DAY = "2018-06-12"
SENTS = [
 ("Donald Trump and Kim Jong Un shook hands at a hotel on Singapore's Sentosa island on Tuesday, the first meeting between a sitting American president and a North Korean leader.", ["person:donald-trump MEETS person:kim-jong-un"], ["person:donald-trump MEETS SGP", "person:kim-jong-un MEETS SGP"]),
 ("Kim committed to work towards the complete denuclearisation of the Korean peninsula.", [], []),
 ("Trump said he would halt joint military exercises with South Korea, calling them provocative.", [], ["USA ALLIED_WITH KOR", "person:donald-trump ALLIED_WITH KOR"]),
 ("China, North Korea's main ally, welcomed the summit.", ["CHN ALLIED_WITH PRK"], []),
 ("Japan's Prime Minister Shinzo Abe said he would seek his own meeting with Kim to resolve the abduction of Japanese citizens.", ["person:shinzo-abe LEADS JPN"], []),
]
