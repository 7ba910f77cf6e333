DAY = "2004-11-25"
SENTS = [
 ("Hundreds of thousands of protesters filled Kyiv's Independence Square for a fourth day on Thursday, disputing the victory of Prime Minister Viktor Yanukovych in Sunday's presidential run-off.", [], ["person:viktor-yanukovych LEADS UKR"]),
 ("Vladimir Putin congratulated Yanukovych on his win even before the official results were announced.", ["person:vladimir-putin SUPPORTS person:viktor-yanukovych"], []),
 ("Secretary of State Colin Powell said the United States could not accept the result as legitimate because it did not meet international standards.", [], ["person:colin-powell CONDEMNS UKR"]),
 ("The European Union's foreign policy chief, Javier Solana, flew to Kyiv to mediate, along with the presidents of Poland and Lithuania.", ["person:javier-solana MEETS UKR"], ["person:javier-solana LEADS org:EU"]),
 ("The opposition leader, Viktor Yushchenko, accused the authorities of massive fraud and called for a general strike.", [], []),
]
