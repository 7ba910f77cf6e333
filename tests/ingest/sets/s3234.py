DAY = "2012-09-19"
SENTS = [
 ("Chinese protesters pelted the Japanese embassy in Beijing with eggs and bottles on Tuesday, the anniversary of the 1931 Mukden incident, as the row over the Senkaku islands deepened.", [], []),
 ("Toyota, Honda and Panasonic halted production at some of their Chinese plants after mobs attacked Japanese-owned factories and shops in several cities.", [], []),
 ("Defense Secretary Leon Panetta, visiting Beijing, urged both governments to show restraint and said Washington took no side on who owned the islands.", ["person:leon-panetta MEETS CHN"], []),
]
