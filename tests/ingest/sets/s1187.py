DAY = "2025-10-23"
SENTS = [
 ("The United States imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, on Wednesday.", ["USA SANCTIONS RUS"]),
 ("It was the first major sanctions action against Moscow of Trump's second term.", [], ["USA SANCTIONS RUS"]),
 ("Treasury Secretary Scott Bessent said the measures were needed because of Russia's lack of serious commitment to a peace process.", [], []),
 ("Indian refiners, which had become the biggest buyers of Russian seaborne crude, began cutting their purchases.", ["IND TRADES_WITH RUS"]),
 ("The European Union adopted its 19th package of sanctions against Russia the same day, including a ban on imports of Russian liquefied natural gas from 2027.", ["org:EU SANCTIONS RUS"]),
]
