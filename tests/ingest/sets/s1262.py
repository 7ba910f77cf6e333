DAY = "2025-05-20"
SENTS = [
 ("Britain and the European Union agreed a security and defence partnership at their first summit since Brexit, held in London on Monday.", ["GBR ALLIED_WITH org:EU"], ["GBR MEETS org:EU"]),
 ("The pact opens the way for British companies to take part in the EU's 150 billion euro defence fund.", [], []),
 ("In return, London agreed to give European fishing fleets access to British waters for 12 more years.", [], []),
 ("Keir Starmer hosted Ursula von der Leyen and António Costa at Lancaster House.", ["person:keir-starmer MEETS person:ursula-von-der-leyen", "person:keir-starmer MEETS person:antonio-costa"], ["person:ursula-von-der-leyen MEETS GBR", "person:antonio-costa MEETS GBR"]),
 ("The EU is Britain's largest trading partner.", ["GBR TRADES_WITH org:EU"]),
]
