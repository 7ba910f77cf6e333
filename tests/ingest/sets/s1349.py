DAY = "2025-04-12"
SENTS = [
 ("Steve Witkoff met Vladimir Putin in St Petersburg on Friday for more than four hours, his third meeting with the Russian leader this year.", ["person:steve-witkoff MEETS person:vladimir-putin"], ["person:steve-witkoff MEETS RUS"]),
 ("Kirill Dmitriev, the head of Russia's sovereign wealth fund, had visited Washington a week earlier.", ["person:kirill-dmitriev MEETS USA"], []),
 ("Trump urged Russia to get moving after Putin rejected an immediate ceasefire.", [], ["person:donald-trump CONDEMNS RUS"]),
 ("A Russian ballistic missile strike on Sumy killed 35 people two days later, on Palm Sunday.", [], ["RUS ATTACKS UKR"]),
 ("Germany, France and Britain condemned the strike as a horrific attack on civilians.", [], ["DEU CONDEMNS RUS", "FRA CONDEMNS RUS", "GBR CONDEMNS RUS"]),
]
