DAY = "2017-07-06"
SENTS = [
 ("Chinese and Indian troops have been locked in a standoff for three weeks on the Doklam plateau, a remote area claimed by both China and Bhutan.", [], []),
 ("Beijing accused Indian soldiers of crossing into Chinese territory to stop the construction of a road, and demanded that New Delhi pull them back immediately.", ["CHN CONDEMNS IND"], []),
 ("Bhutan, which relies on India for its defence, lodged a protest with Beijing over the road.", ["BTN CONDEMNS CHN"], ["IND SUPPORTS BTN"]),
 ("Chinese state media warned that India would suffer greater losses than in 1962, when the two countries fought a brief border war.", [], ["CHN ATTACKS IND", "IND ATTACKS CHN", "CHN CONDEMNS IND"]),
 ("Prime Minister Narendra Modi and President Xi Jinping spoke briefly on the sidelines of the G20 summit in Hamburg, Indian officials said.", ["person:narendra-modi MEETS person:xi-jinping"], ["person:narendra-modi LEADS IND", "person:xi-jinping LEADS CHN", "person:narendra-modi MEETS DEU", "person:xi-jinping MEETS DEU"]),
]
