DAY = "2025-07-28"
SENTS = [
 ("Donald Trump and Ursula von der Leyen agreed on Sunday on a trade deal that sets a 15 percent tariff on most European Union goods entering the United States.", ["USA TRADES_WITH org:EU"], ["USA SANCTIONS org:EU", "person:donald-trump MEETS person:ursula-von-der-leyen"]),
 ("The two leaders sealed the agreement after an hour of talks at Trump's golf resort in Turnberry, Scotland.", [], ["person:donald-trump MEETS GBR", "person:ursula-von-der-leyen MEETS GBR", "person:donald-trump MEETS person:ursula-von-der-leyen"]),
 ("The EU pledged to buy 750 billion dollars of American energy over three years and to invest 600 billion dollars in the United States.", [], ["org:EU TRADES_WITH USA"]),
 ("French Prime Minister Francois Bayrou called it a dark day for Europe and accused the bloc of submission.", ["person:francois-bayrou LEADS FRA"], ["person:francois-bayrou CONDEMNS org:EU"]),
 ("Germany's Chancellor Friedrich Merz welcomed the deal for averting an escalation that would have hit German carmakers.", ["person:friedrich-merz LEADS DEU"], ["person:friedrich-merz SUPPORTS USA"]),
]
