DAY = "2018-04-27"
SENTS = [
 ("Kim Jong Un on Friday became the first North Korean leader to set foot in South Korea since the Korean War, crossing the border at Panmunjom to meet President Moon Jae-in.", ["person:kim-jong-un MEETS person:moon-jae-in"], ["person:kim-jong-un MEETS KOR", "person:kim-jong-un LEADS PRK", "person:moon-jae-in LEADS KOR"]),
 ("The two leaders pledged to work for the complete denuclearisation of the peninsula and to seek a formal end to the war this year.", [], ["person:kim-jong-un MEETS person:moon-jae-in"]),
 ("Moon said he would visit Pyongyang in the autumn.", [], ["person:moon-jae-in MEETS PRK"]),
 ("China, the North's only treaty ally, praised the courage of the two leaders.", ["CHN ALLIED_WITH PRK"], ["CHN SUPPORTS person:kim-jong-un", "CHN SUPPORTS person:moon-jae-in"]),
 ("Japanese Prime Minister Shinzo Abe said Tokyo would keep up maximum pressure on Pyongyang until it took concrete steps.", ["person:shinzo-abe LEADS JPN"], ["person:shinzo-abe CONDEMNS PRK", "JPN SANCTIONS PRK"]),
]
