DAY = "2010-04-09"
SENTS = [
 ("Vladimir Putin telephoned Roza Otunbayeva, the head of Kyrgyzstan's interim government, on Thursday, a day after protesters drove President Kurmanbek Bakiyev from the capital.", ["person:vladimir-putin MEETS person:roza-otunbayeva", "person:roza-otunbayeva LEADS KGZ"], ["person:kurmanbek-bakiyev LEADS KGZ", "person:vladimir-putin LEADS RUS"]),
 ("Moscow, which keeps warplanes at an air base in the country, promised humanitarian aid and said it was ready to help the new authorities.", [], ["RUS DEPLOYS_TROOPS KGZ", "RUS SUPPORTS KGZ"]),
 ("The United States, which uses the Manas air base near Bishkek to supply its troops in Afghanistan, said flights had been suspended for the time being.", ["USA DEPLOYS_TROOPS AFG"], ["USA DEPLOYS_TROOPS KGZ"]),
 ("Bakiyev, who fled to the south, said he would not resign.", [], []),
 ("Otunbayeva accused the ousted government of corruption and said the interim authorities would decide the future of the American base.", [], ["person:roza-otunbayeva CONDEMNS person:kurmanbek-bakiyev"]),
]
