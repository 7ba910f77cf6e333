DAY = "1997-08-12"
SENTS = [
 ("The International Monetary Fund approved a rescue package of about 16 billion dollars for Thailand on Monday, after a collapse of the baht set off a financial crisis across Southeast Asia.", ["org:IMF SUPPORTS THA"], []),
 ("Japan pledged 4 billion dollars, the largest share, and China, Australia, Singapore and Hong Kong each committed one billion dollars.", [], ["JPN SUPPORTS THA", "CHN SUPPORTS THA", "AUS SUPPORTS THA", "SGP SUPPORTS THA"]),
 ("The United States did not contribute, angering officials in Bangkok.", [], []),
 ("Malaysia's Prime Minister Mahathir Mohamad blamed foreign currency speculators for the turmoil.", ["person:mahathir-mohamad LEADS MYS"], []),
 ("Thailand agreed to cut spending and close dozens of insolvent finance companies as conditions of the loan.", [], []),
]
