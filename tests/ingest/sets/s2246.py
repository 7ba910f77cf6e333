DAY = "1994-07-09"
SENTS = [
 ("Kim Il Sung, who founded North Korea in 1948 and ruled it for nearly half a century, died of a heart attack on Friday at the age of 82, the official news agency announced on Saturday.", ["person:kim-il-sung LEADS PRK"], []),
 ("His son Kim Jong Il is expected to succeed him.", [], ["person:kim-jong-il LEADS PRK"]),
 ("The death came days after former President Jimmy Carter visited Pyongyang and arranged the first summit between the two Koreas, planned for July 25.", ["person:jimmy-carter MEETS PRK"], ["KOR MEETS PRK"]),
 ("South Korea put its troops on alert, and President Kim Young-sam said the summit was now uncertain.", [], ["person:kim-young-sam LEADS KOR"]),
 ("The United States, which stations 37,000 troops in South Korea, urged calm and said talks in Geneva on the North's nuclear programme would continue.", ["USA DEPLOYS_TROOPS KOR"], ["USA MEETS PRK"]),
 ("China, the North's closest ally, expressed deep grief.", ["CHN ALLIED_WITH PRK"], []),
]
