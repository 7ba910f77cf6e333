DAY = "2006-12-24"
SENTS = [
 ("The UN Security Council voted unanimously on Saturday to impose sanctions on Iran for refusing to stop enriching uranium.", ["org:UNSC SANCTIONS IRN"], []),
 ("The resolution bars all countries from supplying Iran with materials and technology that could be used in its nuclear and missile programmes, and freezes the assets of 10 Iranian companies and 12 individuals.", [], ["org:UNSC SANCTIONS IRN"]),
 ("Russia and China, which both have close commercial ties with Tehran, had forced European drafters to water down the text.", ["RUS TRADES_WITH IRN", "CHN TRADES_WITH IRN"], []),
 ("President Mahmoud Ahmadinejad dismissed the resolution as a scrap of paper and said Iran would press ahead with enrichment.", [], ["person:mahmoud-ahmadinejad LEADS IRN"]),
 ("Iran's foreign ministry accused Britain, France and Germany of acting on behalf of the United States.", ["IRN CONDEMNS GBR", "IRN CONDEMNS FRA", "IRN CONDEMNS DEU"], []),
 ("Israel welcomed the vote but said the measures did not go far enough.", [], []),
]
