DAY = "2025-10-28"
SENTS = [
 ("Paul Biya, the world's oldest head of state at 92, was declared the winner of Cameroon's presidential election, extending his 43-year rule.", [], ["person:paul-biya LEADS CMR"]),
 ("His main challenger, Issa Tchiroma Bakary, rejected the result and claimed victory.", [], []),
 ("Security forces killed several protesters in Douala and Garoua, rights groups said.", [], []),
 ("The United States and France urged restraint.", [], []),
 ("Cameroon is fighting Boko Haram militants in its Far North region and separatists in the English-speaking west.", ["CMR ATTACKS org:BOKO_HARAM"], []),
]
