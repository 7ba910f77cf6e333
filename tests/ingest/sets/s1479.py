DAY = "2025-01-02"
SENTS = [
 ("Russian gas stopped flowing through Ukraine to Europe on New Year's Day after Kyiv refused to extend a transit deal with Moscow.", [], ["RUS TRADES_WITH UKR"]),
 ("Slovakia's prime minister Robert Fico threatened to cut off electricity exports to Ukraine in retaliation.", ["person:robert-fico LEADS SVK"], ["person:robert-fico CONDEMNS UKR"]),
 ("Volodymyr Zelensky accused Fico of opening a second energy front against Ukraine on Putin's orders.", ["person:volodymyr-zelensky CONDEMNS person:robert-fico"], []),
 ("Moldova's breakaway Transnistria region, which relied on the Russian gas, began cutting off heating to homes.", [], []),
 ("Hungary still receives Russian gas through the TurkStream pipeline under the Black Sea.", ["RUS TRADES_WITH HUN"], []),
]
