DAY = "2019-02-08"
SENTS = [
 ("France recalled its ambassador to Rome on Thursday, saying months of repeated accusations and outrageous claims by Italy's leaders had no precedent since the end of the Second World War.", ["FRA CONDEMNS ITA"], []),
 ("The French foreign ministry said a meeting this week between Italian Deputy Prime Minister Luigi Di Maio and leaders of the yellow vest protest movement was a new and unacceptable provocation.", [], ["FRA CONDEMNS person:luigi-di-maio", "person:luigi-di-maio MEETS FRA"]),
 ("Di Maio said he had every right to talk to other political forces in Europe.", [], []),
 ("Interior Minister Matteo Salvini, who has called Emmanuel Macron a terrible president, said he was ready to meet the French leader to turn the page.", ["person:matteo-salvini CONDEMNS person:emmanuel-macron"], ["person:matteo-salvini MEETS person:emmanuel-macron", "person:emmanuel-macron LEADS FRA"]),
 ("Italian exports to France were worth about 46 billion euros last year.", ["ITA TRADES_WITH FRA"], []),
]
