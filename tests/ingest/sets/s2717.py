DAY = "1988-09-23"
SENTS = [
 ("The United States suspended all aid to Burma on Friday, five days after the army seized power and opened fire on crowds of demonstrators in Rangoon.", [], ["USA SANCTIONS MMR"]),
 ("General Saw Maung, the head of the new military government, has promised elections but has banned gatherings of more than four people.", [], ["person:saw-maung LEADS MMR"]),
 ("Japan, Burma's largest aid donor, also froze its programme.", ["JPN SUPPORTS MMR"], ["JPN SANCTIONS MMR"]),
 ("West Germany said it was reviewing its own assistance.", [], []),
]
