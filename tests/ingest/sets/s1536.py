DAY = "2015-11-07"
SENTS = [
 ("Xi Jinping and Taiwan's president, Ma Ying-jeou, shook hands in Singapore on Saturday in the first meeting between leaders of the two sides since 1949.", ["person:xi-jinping MEETS person:ma-ying-jeou", "person:ma-ying-jeou LEADS TWN"], []),
 ("The two men addressed each other as Mister rather than by their official titles.", [], []),
 ("Ma urged Xi to respect Taiwan's democracy and raised the issue of Chinese missiles aimed at the island.", [], ["person:ma-ying-jeou MEETS person:xi-jinping", "person:ma-ying-jeou CONDEMNS person:xi-jinping", "person:ma-ying-jeou CONDEMNS CHN"]),
 ("Beijing regards Taiwan as a breakaway province, and the United States, Taiwan's main arms supplier, welcomed the meeting.", ["USA SUPPLIES_ARMS TWN"], []),
 ("Singapore, which hosted the talks, has long had close ties with both Beijing and Taipei.", [], []),
]
