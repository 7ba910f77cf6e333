DAY = "1957-11-18"
SENTS = [
 ("Mao Tse-tung told Chinese students in Moscow today that the east wind now prevails over the west wind.", ["person:mao-zedong MEETS SUN"], ["person:mao-zedong LEADS CHN"]),
 ("The Chinese leader has been in the Soviet capital since November 2 for the fortieth anniversary of the revolution.", [], ["person:mao-zedong MEETS SUN"]),
 ("Twelve ruling Communist parties signed a declaration on Saturday pledging unity under Soviet leadership.", [], []),
 ("Yugoslavia refused to sign, and its delegates left Moscow before the meeting ended.", [], ["YUG MEETS SUN"]),
 ("Mr. Khrushchev and Mao were reported to have discussed Soviet help for China's atomic program.", ["person:nikita-khrushchev MEETS person:mao-zedong"], ["SUN SUPPORTS CHN"]),
]
