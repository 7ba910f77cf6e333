DAY = "1959-10-01"
SENTS = [
 ("Premier Khrushchev arrived in Peking yesterday, four days after leaving the United States, for the tenth anniversary of the Chinese People's Republic.", ["person:nikita-khrushchev MEETS CHN"], ["person:nikita-khrushchev LEADS SUN"]),
 ("Mao Tse-tung and Liu Shao-chi met him at the airport.", [], ["person:mao-zedong MEETS person:nikita-khrushchev", "person:liu-shaoqi MEETS person:nikita-khrushchev"]),
 ("In a speech at a banquet, Mr. Khrushchev warned his hosts against testing the stability of the capitalist system by force.", [], []),
 ("The Soviet leader is reported to have refused to give China a sample atomic bomb.", [], []),
 ("India has protested to Peking over Chinese troops entering territory it claims in Ladakh.", ["IND CONDEMNS CHN"], ["CHN DEPLOYS_TROOPS IND"]),
]
