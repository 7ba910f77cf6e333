DAY = "1955-06-08"
SENTS = [
 ("Crowds lined the road from Vnukovo airport on Tuesday as Prime Minister Nehru of India drove into Moscow at the start of sixteen days in the Soviet Union.", ["person:jawaharlal-nehru LEADS IND", "person:jawaharlal-nehru MEETS SUN"], []),
 ("Premier Bulganin and Mr. Khrushchev were at the airport to greet him, with a guard of honour and a band.", [], ["person:nikolai-bulganin MEETS person:jawaharlal-nehru", "person:nikita-khrushchev MEETS person:jawaharlal-nehru"]),
 ("Mr. Nehru will tour factories and collective farms in Stalingrad, Georgia and Soviet Central Asia.", [], []),
 ("The Indian leader is expected to urge Moscow to back the admission of Communist China to the United Nations.", [], ["person:jawaharlal-nehru MEETS SUN"]),
 ("In New Delhi, officials said India would accept Soviet help in building a steel works at Bhilai.", [], ["SUN SUPPORTS IND"]),
]
