DAY = "1990-01-04"
SENTS = [
 ("Gen. Manuel Antonio Noriega surrendered to American troops on Wednesday night, ten days after taking refuge in the Vatican's embassy in Panama City.", [], ["USA DEPLOYS_TROOPS PAN", "VAT SUPPORTS person:manuel-noriega"]),
 ("He was flown to Florida to face drug trafficking charges.", [], []),
 ("The United States invaded Panama on Dec. 20 to oust him, and some 24,000 American troops remain there.", ["USA ATTACKS PAN"], ["USA DEPLOYS_TROOPS PAN", "USA ATTACKS person:manuel-noriega"]),
 ("The Vatican, which had refused to hand him over, said it had persuaded him to leave of his own accord.", [], []),
 ("The government installed by Washington last month thanked the Vatican for its patience.", [], []),
]
