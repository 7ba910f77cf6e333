DAY = "2010-11-01"
SENTS = [
 ("Dmitry Medvedev on Monday became the first Russian leader to visit the Kuril Islands, which Japan claims, drawing an angry protest from Tokyo.", ["person:dmitry-medvedev LEADS RUS", "JPN CONDEMNS person:dmitry-medvedev"], ["JPN CONDEMNS RUS"]),
 ("Prime Minister Naoto Kan called the visit regrettable, and Japan's foreign minister summoned the Russian ambassador.", ["JPN CONDEMNS RUS"], ["person:naoto-kan LEADS JPN", "person:naoto-kan CONDEMNS person:dmitry-medvedev", "person:naoto-kan CONDEMNS RUS"]),
 ("The Soviet Union seized the four islands at the end of the Second World War, and the dispute has kept the two countries from signing a peace treaty.", [], ["SUN ATTACKS JPN"]),
 ("Medvedev toured a fish-processing plant on Kunashir and promised more investment in the islands.", [], []),
 ("Japan said it would recall its ambassador to Moscow for consultations.", [], ["JPN CONDEMNS RUS"]),
 ("The Kremlin said the islands were Russian territory and that the president would travel wherever he wished within his country.", [], ["RUS CONDEMNS JPN"]),
]
