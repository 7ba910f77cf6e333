DAY = "2021-06-14"
SENTS = [
 ("Leaders of the Group of Seven rich democracies agreed in Cornwall on Sunday to offer developing countries an infrastructure plan to rival China's Belt and Road initiative.", [], ["org:G7 CONDEMNS CHN"]),
 ("Their final communique criticised China over human rights in Xinjiang and Hong Kong and called for peace across the Taiwan Strait.", [], ["org:G7 CONDEMNS CHN"]),
 ("The Chinese embassy in London said the days when global decisions were dictated by a small group of countries were long gone.", [], ["CHN CONDEMNS org:G7"]),
 ("The leaders also pledged to donate a billion doses of Covid vaccines to poorer countries.", [], []),
 ("Joe Biden, on his first foreign trip as president, met Queen Elizabeth at Windsor Castle after the summit.", ["person:elizabeth-ii MEETS person:joe-biden"], ["person:joe-biden MEETS GBR"]),
]
