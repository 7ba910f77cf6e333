DAY = "2020-12-11"
SENTS = [
 ("Morocco became the fourth Arab state this year to agree to normalise relations with Israel, after the United Arab Emirates, Bahrain and Sudan.", [], ["MAR SUPPORTS ISR"]),
 ("In return, Washington recognised Moroccan sovereignty over Western Sahara.", [], ["USA SUPPORTS MAR"]),
 ("The Polisario Front, which seeks independence for the territory and is backed by Algeria, rejected the move.", ["DZA SUPPORTS org:POLISARIO"], []),
 ("The Emirati and Bahraini foreign ministers signed the Abraham Accords with Netanyahu at the White House in September.", ["ARE MEETS USA", "BHR MEETS USA"], ["person:benjamin-netanyahu MEETS USA", "ARE MEETS person:benjamin-netanyahu", "BHR MEETS person:benjamin-netanyahu"]),
 ("Palestinian leaders condemned the agreements as a betrayal.", [], ["PSE CONDEMNS ARE", "PSE CONDEMNS BHR"]),
]
