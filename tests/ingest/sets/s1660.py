DAY = "2023-01-09"
SENTS = [
 ("Thousands of supporters of former president Jair Bolsonaro stormed Brazil's Congress, Supreme Court and presidential palace in Brasilia on Sunday.", [], []),
 ("President Luiz Inacio Lula da Silva, who took office a week ago, called the rioters fascist fanatics and ordered a federal takeover of security in the capital.", [], ["person:luiz-inacio-lula-da-silva LEADS BRA"]),
 ("Joe Biden condemned the assault on democracy and said he looked forward to continuing to work with Lula.", [], ["person:joe-biden SUPPORTS person:luiz-inacio-lula-da-silva"]),
 ("Bolsonaro, who has been in Florida since before Lula's inauguration, denied any responsibility.", [], []),
 ("The leaders of Mexico, Canada and the United States issued a joint statement expressing support for Brazil's democratic institutions.", ["MEX SUPPORTS BRA", "CAN SUPPORTS BRA", "USA SUPPORTS BRA"], []),
]
