DAY = "2013-11-22"
SENTS = [
 ("Ukraine's government unexpectedly suspended preparations on Thursday for signing an association agreement with the European Union, a week before it was due to be sealed.", [], ["UKR ALLIED_WITH org:EU"]),
 ("Prime Minister Mykola Azarov said Ukraine could not afford to lose its trade with Russia, which had threatened to restrict imports of Ukrainian goods.", [], ["person:mykola-azarov LEADS UKR", "RUS SANCTIONS UKR", "RUS TRADES_WITH UKR"]),
 ("Thousands of protesters gathered in central Kyiv, accusing President Viktor Yanukovych of selling out the country's European future.", [], ["person:viktor-yanukovych LEADS UKR"]),
 ("The EU's enlargement commissioner, Stefan Fule, said he was disappointed and blamed Russian pressure.", [], ["person:stefan-fule CONDEMNS RUS"]),
 ("Moscow has offered Kyiv cheaper gas and billions of dollars in loans if it stays out of the Western bloc.", [], ["RUS SUPPORTS UKR"]),
]
