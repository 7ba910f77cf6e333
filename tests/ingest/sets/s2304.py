DAY = "2013-12-17"
SENTS = [
 ("Russia agreed on Tuesday to buy $15 billion of Ukrainian government bonds and to cut the price Ukraine pays for Russian gas by about a third, throwing a lifeline to President Viktor Yanukovych.", ["RUS SUPPORTS UKR", "RUS TRADES_WITH UKR", "RUS SUPPORTS person:viktor-yanukovych"], ["person:viktor-yanukovych LEADS UKR"]),
 ("The deal was announced after talks between Vladimir Putin and Yanukovych in the Kremlin.", ["person:viktor-yanukovych MEETS person:vladimir-putin", "person:viktor-yanukovych MEETS RUS"], []),
 ("Tens of thousands of protesters have filled Kiev's Independence Square since Yanukovych abandoned a trade pact with the European Union last month under pressure from Moscow.", [], ["UKR TRADES_WITH org:EU"]),
 ("Opposition leaders accused Yanukovych of selling Ukraine's independence to the Kremlin.", [], []),
 ("The European Union said its offer to Ukraine remained on the table.", [], ["org:EU SUPPORTS UKR", "org:EU TRADES_WITH UKR"]),
 ("Ukraine depends on Russia for more than half of its gas and sends a quarter of its exports there.", ["RUS TRADES_WITH UKR"], []),
]
