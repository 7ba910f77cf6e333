DAY = "2016-12-20"
SENTS = [
 ("China and Norway restored normal relations on Monday after a six-year freeze that began when the Nobel committee in Oslo gave the peace prize to the jailed dissident Liu Xiaobo.", [], ["CHN SANCTIONS NOR"]),
 ("Norwegian Foreign Minister Borge Brende, in Beijing to sign the agreement, said his country fully respected China's sovereignty and would not support actions that undermined it.", ["person:borge-brende MEETS CHN"], ["NOR SUPPORTS CHN", "person:borge-brende SUPPORTS CHN"]),
 ("Beijing had blocked imports of Norwegian salmon during the freeze, cutting Norway's share of the Chinese market from more than 90 percent to under 30 percent.", ["CHN SANCTIONS NOR"], ["CHN TRADES_WITH NOR"]),
 ("Premier Li Keqiang received Brende and said the two countries would resume talks on a free trade agreement.", ["person:li-keqiang MEETS person:borge-brende"], ["person:li-keqiang LEADS CHN", "CHN TRADES_WITH NOR"]),
]
