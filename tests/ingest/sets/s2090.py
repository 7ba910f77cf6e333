DAY = "1960-08-25"
SENTS = [
 ("The Soviet Union has recalled almost all of its technical experts from China and cancelled hundreds of aid projects, Western diplomats in Moscow said on Thursday.", [], ["SUN SANCTIONS CHN", "SUN SUPPORTS CHN"]),
 ("The withdrawal follows months of ideological quarrels between Nikita Khrushchev and Mao Zedong over peaceful coexistence with the West.", [], ["person:nikita-khrushchev CONDEMNS person:mao-zedong", "person:mao-zedong CONDEMNS person:nikita-khrushchev"]),
 ("Chinese newspapers have accused Soviet leaders of revisionism without naming them.", [], ["CHN CONDEMNS SUN"]),
 ("Albania, the only East European country to side with Beijing in the dispute, has also come under pressure from Moscow.", ["ALB SUPPORTS CHN"], ["SUN CONDEMNS ALB"]),
 ("Khrushchev told a meeting of communist parties in Bucharest in June that the Chinese leaders were behaving like Trotskyists.", ["person:nikita-khrushchev CONDEMNS CHN"], ["person:nikita-khrushchev MEETS ROU"]),
]
