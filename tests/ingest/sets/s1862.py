DAY = "2002-09-17"
SENTS = [
 ("Japanese Prime Minister Junichiro Koizumi met North Korean leader Kim Jong Il in Pyongyang on Tuesday, the first summit between the two countries.", ["person:junichiro-koizumi LEADS JPN", "person:kim-jong-il LEADS PRK", "person:junichiro-koizumi MEETS person:kim-jong-il", "person:junichiro-koizumi MEETS PRK"], ["JPN MEETS PRK"]),
 ("Kim admitted that North Korean agents had abducted 13 Japanese citizens in the 1970s and 1980s and apologised, saying eight of them had died.", [], []),
 ("The two leaders signed a declaration in which Japan expressed deep remorse for its colonial rule of Korea and offered economic aid after normalisation.", [], ["JPN SUPPORTS PRK", "person:junichiro-koizumi MEETS person:kim-jong-il"]),
 ("North Korea agreed to extend its moratorium on missile tests beyond 2003.", [], []),
 ("The United States, which has 37,000 troops in South Korea, welcomed the summit.", ["USA DEPLOYS_TROOPS KOR"], ["USA SUPPORTS JPN"]),
 ("Koizumi said he would press Pyongyang to allow the surviving abductees to visit Japan.", [], []),
]
