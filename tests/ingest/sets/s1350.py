DAY = "2024-04-14"
SENTS = [
 ("Iran launched more than 300 drones and missiles at Israel overnight, its first direct attack on Israeli territory.", ["IRN ATTACKS ISR"], []),
 ("Most were shot down by Israeli air defences with help from the United States, Britain and Jordan.", ["USA SUPPORTS ISR", "GBR SUPPORTS ISR", "JOR SUPPORTS ISR"], []),
 ("Tehran said the strike was retaliation for an Israeli air raid on its consulate in Damascus on April 1.", ["ISR ATTACKS IRN"], ["ISR ATTACKS SYR"]),
 ("Joe Biden spoke with Benjamin Netanyahu and told him Washington would not take part in any counterattack against Iran.", ["person:joe-biden MEETS person:benjamin-netanyahu"], []),
 ("The G7 leaders condemned Iran's attack in a joint statement and said they stood ready to take further measures.", ["org:G7 CONDEMNS IRN"], []),
]
