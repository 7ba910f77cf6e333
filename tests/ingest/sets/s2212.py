DAY = "1960-09-20"
SENTS = [
 ("Soviet Premier Nikita Khrushchev drove to Harlem on Tuesday to visit Fidel Castro at the Hotel Theresa, where the Cuban leader moved after leaving a midtown hotel.", ["person:nikita-khrushchev LEADS SUN", "person:fidel-castro MEETS person:nikita-khrushchev"], ["person:fidel-castro LEADS CUB"]),
 ("The two embraced on the pavement before a crowd of cheering onlookers.", [], []),
 ("Khrushchev is in New York for the General Assembly session, which has drawn more heads of government than ever, including Nasser of Egypt, Nehru of India and Tito of Yugoslavia.", ["person:gamal-abdel-nasser LEADS EGY", "person:jawaharlal-nehru LEADS IND", "person:josip-broz-tito LEADS YUG"], ["person:nikita-khrushchev MEETS USA", "person:nikita-khrushchev MEETS org:UN"]),
 ("Castro has accused the United States of plotting to invade Cuba.", ["person:fidel-castro CONDEMNS USA"], []),
 ("The State Department has restricted Castro and Khrushchev to Manhattan during their stay.", [], []),
]
