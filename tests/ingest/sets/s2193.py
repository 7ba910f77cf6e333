DAY = "1990-02-12"
SENTS = [
 ("Nelson Mandela walked out of Victor Verster prison near Cape Town on Sunday after 27 years in jail.", [], []),
 ("President F. W. de Klerk, who announced his release on Saturday, lifted the ban on the African National Congress earlier this month.", [], ["person:f-w-de-klerk LEADS ZAF"]),
 ("Mandela told a rally in Cape Town that the armed struggle against apartheid would continue.", [], []),
 ("President George Bush telephoned Mandela and invited him to visit Washington.", ["person:george-h-w-bush MEETS person:nelson-mandela"], ["person:george-h-w-bush LEADS USA", "person:nelson-mandela MEETS USA"]),
 ("Britain said it would lift its ban on new investment in South Africa.", ["GBR SANCTIONS ZAF"], []),
]
