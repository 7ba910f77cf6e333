DAY = "2020-03-09"
SENTS = [
 ("Oil prices fell by about 30 percent on Monday after Saudi Arabia started a price war with Russia, slashing its prices and promising to pump more crude.", [], []),
 ("Talks in Vienna between OPEC and its allies collapsed on Friday when Russia refused to back the deeper production cuts proposed by Saudi Arabia.", [], ["RUS MEETS SAU", "RUS MEETS org:OPEC"]),
 ("Russia and Saudi Arabia had cooperated since 2016 in the group known as OPEC+, which pumps about 40 percent of the world's oil.", [], ["RUS ALLIED_WITH SAU"]),
 ("Saudi Aramco said it would raise output to more than 12 million barrels a day in April and offered discounts to buyers in Asia, Europe and the United States.", [], []),
 ("China, the world's biggest importer of crude, buys oil from both Saudi Arabia and Russia.", ["CHN TRADES_WITH SAU", "CHN TRADES_WITH RUS"], []),
 ("Kremlin spokesman Dmitry Peskov said Moscow remained open to cooperation with Riyadh.", [], []),
 ("Later in the week, President Donald Trump spoke by telephone with Crown Prince Mohammed bin Salman about the energy markets.", ["person:donald-trump MEETS person:mohammed-bin-salman"], ["person:donald-trump LEADS USA"]),
]
