DAY = "2009-05-20"
SENTS = [
 ("Ugandan police lowered their country's flag on Migingo, a rocky island in Lake Victoria, on Monday after Kenya protested that Ugandan security men had taken over the island and harassed Kenyan fishermen.", ["KEN CONDEMNS UGA"], ["UGA DEPLOYS_TROOPS KEN", "UGA ATTACKS KEN"]),
 ("President Yoweri Museveni told reporters in Kampala that the rock belonged to Kenya but the waters around it were Ugandan.", [], ["person:yoweri-museveni LEADS UGA"]),
 ("Kenya's foreign minister, Moses Wetangula, said Nairobi would not give up an inch of its territory.", [], []),
 ("Surveyors from both countries are marking the border under an agreement reached in March.", [], []),
 ("Kenya sells more goods to Uganda than to any other country, and Kampala depends on Mombasa for its fuel.", ["KEN TRADES_WITH UGA"], []),
]
