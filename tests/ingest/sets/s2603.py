DAY = "2016-12-03"
SENTS = [
 ("President-elect Donald Trump spoke by telephone with Taiwan's President Tsai Ing-wen on Friday, the first such call between an American leader and Taiwan's leader since Washington cut ties with Taipei in 1979.", ["person:donald-trump MEETS person:tsai-ing-wen", "person:tsai-ing-wen LEADS TWN"], ["USA SANCTIONS TWN"]),
 ("Tsai congratulated Trump on his election victory, and the two discussed close economic, political and security ties, according to Trump's transition team.", ["person:tsai-ing-wen SUPPORTS person:donald-trump"], ["person:tsai-ing-wen MEETS person:donald-trump", "TWN ALLIED_WITH USA"]),
 ("China lodged a protest with the United States, urging it to handle Taiwan-related issues cautiously.", ["CHN CONDEMNS USA"], []),
 ("Foreign Minister Wang Yi played down the call as a petty trick by Taiwan that would not change the one-China policy.", ["person:wang-yi CONDEMNS TWN"], []),
 ("Under a 1979 law Washington has kept selling Taipei weapons, most recently a $1.8 billion package of missiles and frigates approved last year.", ["USA SUPPLIES_ARMS TWN"], []),
]
