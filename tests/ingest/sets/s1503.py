DAY = "2021-02-11"
SENTS = [
 ("Joe Biden approved sanctions on Wednesday against the Myanmar generals who led last week's coup and their business interests.", ["USA SANCTIONS MMR"], ["person:joe-biden SANCTIONS MMR"]),
 ("Myanmar's military seized power on February 1 and detained Aung San Suu Kyi, whose party had won a landslide in November's election.", [], []),
 ("China and Russia blocked a Security Council statement condemning the coup, diluting it to an expression of deep concern.", [], ["CHN SUPPORTS MMR", "RUS SUPPORTS MMR"]),
 ("New Zealand suspended all high-level contact with Myanmar's military and barred its leaders from travelling to the country.", ["NZL SANCTIONS MMR"], ["NZL CONDEMNS MMR"]),
 ("Beijing, Myanmar's biggest investor, described the coup as a major cabinet reshuffle.", ["CHN TRADES_WITH MMR"], []),
]
