DAY = "2000-04-17"
SENTS = [
 ("Vladimir Putin, Russia's president-elect, held talks with Tony Blair in London on Monday on his first trip to the West since winning last month's election.", ["person:vladimir-putin MEETS person:tony-blair", "person:vladimir-putin MEETS GBR"], ["person:vladimir-putin LEADS RUS"]),
 ("Blair, who became the first Western leader to meet Putin when he flew to St Petersburg in March, defended the invitation against critics of Russia's war in Chechnya.", ["person:tony-blair MEETS person:vladimir-putin"], ["person:tony-blair MEETS RUS"]),
 ("Putin later had tea with Queen Elizabeth at Windsor Castle.", ["person:vladimir-putin MEETS person:elizabeth-ii"], ["person:elizabeth-ii LEADS GBR"]),
 ("Protesters outside Downing Street accused the British government of turning a blind eye to abuses by Russian troops.", [], []),
 ("Putin told British business leaders that Russia would protect foreign investors and wanted closer ties with the European Union.", [], []),
]
