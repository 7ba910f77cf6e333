DAY = "2023-06-23"
SENTS = [
 ("Zambia reached a deal with its bilateral creditors, including China, on Thursday to restructure $6.3 billion of debt, nearly three years after it defaulted.", ["CHN SUPPORTS ZMB"], []),
 ("Zambian President Hakainde Hichilema announced the agreement at a summit in Paris hosted by Emmanuel Macron, who called it a model for other indebted countries.", ["person:hakainde-hichilema LEADS ZMB"], ["person:hakainde-hichilema MEETS person:emmanuel-macron", "person:hakainde-hichilema MEETS FRA", "person:emmanuel-macron LEADS FRA"]),
 ("China, which holds about $4.1 billion of Zambia's external debt, had been accused by Western officials of holding up the talks.", ["CHN SUPPORTS ZMB", "bloc:WEST CONDEMNS CHN"], []),
]
