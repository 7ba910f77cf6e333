DAY = "2010-10-09"
SENTS = [
 ("China summoned Norway's ambassador on Friday to protest against the award of the Nobel peace prize to the jailed dissident Liu Xiaobo.", ["CHN CONDEMNS NOR"], []),
 ("The foreign ministry said the award was an obscenity and warned that relations with Norway would suffer.", [], ["CHN CONDEMNS NOR"]),
 ("Norway's government insisted that the Nobel committee is independent of it.", [], []),
 ("Norway's Prime Minister Jens Stoltenberg congratulated Liu and called on China to respect basic human rights.", ["person:jens-stoltenberg LEADS NOR"], ["person:jens-stoltenberg CONDEMNS CHN"]),
 ("Beijing later cancelled a meeting between its fisheries minister and a visiting Norwegian delegation.", [], ["CHN SANCTIONS NOR"]),
 ("Talks between China and Norway on a free trade agreement, launched in 2008, have stalled.", [], ["CHN TRADES_WITH NOR"]),
]
