DAY = "2025-01-02"
SENTS = [
 ("Russia stopped supplying gas to Moldova's breakaway Transnistria region on New Year's Day after transit through Ukraine ended.", ["RUS SANCTIONS MDA"], []),
 ("Gazprom blamed Chisinau for unpaid debts, which the Moldovan government disputes.", [], ["RUS CONDEMNS MDA"]),
 ("Ukraine declined to extend its transit agreement with Gazprom, saying it would not help fund Russia's war.", [], []),
 ("Moldova's main power plant, which is located in Transnistria and supplies much of the country's electricity, switched to coal.", [], []),
 ("Romania has offered to increase its electricity exports to Moldova.", [], ["ROU TRADES_WITH MDA"]),
]
