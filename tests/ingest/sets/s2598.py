DAY = "2011-01-19"
SENTS = [
 ("Barack Obama welcomed Hu Jintao to the White House on Wednesday with a 21-gun salute and a state dinner, the highest honours Washington can give a foreign leader.", ["person:barack-obama MEETS person:hu-jintao", "person:hu-jintao MEETS USA"], []),
 ("At a joint news conference Hu conceded that China still had a lot to do on human rights, an unusual admission for a Chinese leader.", [], []),
 ("Obama pressed his guest to let the yuan rise faster, saying the undervalued currency gave Chinese exporters an unfair advantage.", ["person:barack-obama CONDEMNS CHN"], ["person:barack-obama CONDEMNS person:hu-jintao"]),
 ("The two governments announced $45 billion in export deals, including an order for 200 Boeing aircraft by Chinese airlines.", [], ["USA TRADES_WITH CHN"]),
 ("China holds nearly $900 billion in US Treasury bonds, more than any other foreign government.", ["CHN SUPPORTS USA"], ["CHN TRADES_WITH USA"]),
]
