DAY = "2015-04-21"
SENTS = [
 ("Xi Jinping arrived in Islamabad on Monday and unveiled $46 billion in investment in roads, railways and power plants linking western China to the Arabian Sea.", ["person:xi-jinping MEETS PAK"], ["CHN SUPPORTS PAK"]),
 ("Prime Minister Nawaz Sharif called China Pakistan's most trusted friend as the two sides signed 51 agreements.", ["person:nawaz-sharif SUPPORTS CHN"], ["person:nawaz-sharif LEADS PAK", "PAK SUPPORTS CHN", "PAK MEETS CHN"]),
 ("The China-Pakistan Economic Corridor will end at the port of Gwadar, which a Chinese state company operates.", [], []),
 ("Pakistan also agreed to buy eight Chinese submarines, according to officials.", ["CHN SUPPLIES_ARMS PAK"], []),
 ("India objects to the corridor because it passes through the part of Kashmir that Pakistan controls.", [], ["IND CONDEMNS PAK", "IND CONDEMNS CHN"]),
 ("Xi addressed a joint session of parliament and was awarded the Nishan-e-Pakistan, the country's highest civilian honour.", [], ["PAK SUPPORTS person:xi-jinping"]),
]
