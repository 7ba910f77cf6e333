DAY = "2005-04-10"
SENTS = [
 ("Thousands of protesters marched on the Japanese embassy in Beijing on Saturday and pelted it with stones, angered by Japanese textbooks that they say whitewash wartime atrocities.", [], []),
 ("Japan lodged a formal protest with China and demanded an apology and compensation.", ["JPN CONDEMNS CHN"], []),
 ("China's foreign ministry said Japan must face up to its history.", [], ["CHN CONDEMNS JPN"]),
 ("The protests followed Japan's bid for a permanent seat on the UN Security Council, which China opposes.", [], ["CHN CONDEMNS JPN", "CHN VETOES JPN"]),
 ("Prime Minister Junichiro Koizumi said relations between the two countries remained good.", [], ["person:junichiro-koizumi LEADS JPN"]),
]
