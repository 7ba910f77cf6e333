DAY = "1994-06-17"
SENTS = [
 ("Former US President Jimmy Carter met North Korea's leader Kim Il Sung in Pyongyang on Friday and said Kim had agreed to freeze his nuclear programme.", ["person:jimmy-carter MEETS person:kim-il-sung", "person:jimmy-carter MEETS PRK", "person:kim-il-sung LEADS PRK"], []),
 ("The Clinton administration had been pressing for UN sanctions against Pyongyang after it expelled inspectors of the International Atomic Energy Agency.", [], ["USA SANCTIONS PRK", "PRK CONDEMNS org:IAEA"]),
 ("North Korea withdrew from the agency on Monday.", [], ["PRK MEMBER_OF org:IAEA"]),
 ("China, the North's main ally, has said it would oppose sanctions.", ["CHN ALLIED_WITH PRK"], []),
 ("South Korea's President Kim Young-sam said he was ready to meet Kim Il Sung.", ["person:kim-young-sam LEADS KOR"], []),
]
