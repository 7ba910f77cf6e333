DAY = "2012-04-12"
SENTS = [
 ("Iranian President Mahmoud Ahmadinejad visited Abu Musa on Wednesday, the first visit by an Iranian head of state to one of three Gulf islands that the United Arab Emirates also claims.", ["person:mahmoud-ahmadinejad LEADS IRN"], []),
 ("The UAE recalled its ambassador from Tehran and accused Iran of a flagrant violation of its sovereignty.", ["ARE CONDEMNS IRN"], ["ARE SANCTIONS IRN"]),
 ("Foreign ministers of the Gulf Cooperation Council, meeting in Doha, called the trip a provocation and voiced support for the Emirati claim.", ["org:GCC SUPPORTS ARE"], ["org:GCC CONDEMNS IRN", "org:GCC CONDEMNS person:mahmoud-ahmadinejad"]),
 ("Iran has held Abu Musa and the two Tunb islands since 1971, when British forces withdrew from the Gulf.", [], ["IRN ATTACKS ARE"]),
 ("Tehran summoned the Emirati charge d'affaires and said the islands were an inseparable part of Iran.", ["IRN CONDEMNS ARE"], []),
]
