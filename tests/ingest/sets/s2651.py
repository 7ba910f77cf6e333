DAY = "2012-02-01"
SENTS = [
 ("India chose France's Rafale on Tuesday for a $10 billion-plus order of 126 fighter jets, the largest arms contract it has ever put out to tender.", ["FRA SUPPLIES_ARMS IND"], []),
 ("Dassault Aviation's jet beat the Eurofighter Typhoon, built by a consortium of British, German, Italian and Spanish firms.", [], []),
 ("Nicolas Sarkozy, who had lobbied for the Rafale on a visit to New Delhi in 2010, called the decision a vote of confidence in French industry.", ["person:nicolas-sarkozy MEETS IND"], []),
 ("Russia, India's main arms supplier for decades, had been eliminated from the competition in 2011, as had the two American bidders.", ["RUS SUPPLIES_ARMS IND"], []),
 ("The contract still has to be negotiated, and no Rafale has yet been sold abroad.", [], []),
]
