DAY = "2018-05-09"
SENTS = [
 ("Donald Trump pulled the United States out of the Iran nuclear deal on Tuesday and ordered the reimposition of sanctions on Tehran.", ["USA SANCTIONS IRN"], ["person:donald-trump SANCTIONS IRN"]),
 ("Britain, France and Germany said they regretted the decision and would remain in the agreement.", [], []),
 ("Israeli Prime Minister Benjamin Netanyahu, a longtime opponent of the accord, praised Trump's courageous leadership.", ["person:benjamin-netanyahu SUPPORTS person:donald-trump", "person:benjamin-netanyahu LEADS ISR"]),
 ("Iran's President Hassan Rouhani said his country would stay in the deal for now.", ["person:hassan-rouhani LEADS IRN"]),
 ("European companies such as Total and Airbus face penalties if they keep doing business with Iran.", [], []),
]
