DAY = "2022-02-19"
SENTS = [
 ("India and the United Arab Emirates signed a free trade agreement on Friday that will cut tariffs on most goods traded between them, India's first such deal in more than a decade.", ["IND TRADES_WITH ARE"], ["IND MEETS ARE"]),
 ("Prime Minister Narendra Modi and Sheikh Mohammed bin Zayed, the crown prince of Abu Dhabi, attended the signing by video link.", [], ["person:narendra-modi LEADS IND", "person:narendra-modi MEETS person:mohammed-bin-zayed"]),
 ("Trade between the two countries was about $60 billion last year, and the deal aims to lift it to $100 billion within five years.", [], ["IND TRADES_WITH ARE"]),
 ("The Emirates, home to more than three million Indian workers, rank behind only the United States and China among India's trading partners.", ["ARE TRADES_WITH IND"], ["USA TRADES_WITH IND", "CHN TRADES_WITH IND"]),
]
