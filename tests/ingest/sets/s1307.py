DAY = "2025-07-23"
SENTS = [
 ("Ferdinand Marcos Jr. became the first Southeast Asian leader to visit the White House in Trump's second term, meeting him on Tuesday.", ["person:ferdinand-marcos-jr MEETS USA", "person:ferdinand-marcos-jr MEETS person:donald-trump"], []),
 ("Trump said he had agreed to lower the tariff on Philippine goods to 19 percent, while Manila would remove duties on American cars.", [], ["USA SANCTIONS PHL"]),
 ("The Philippines is the oldest US treaty ally in Asia.", ["PHL ALLIED_WITH USA"]),
 ("American troops have access to nine Philippine military bases under a 2014 agreement.", ["USA DEPLOYS_TROOPS PHL"], ["USA ALLIED_WITH PHL"]),
 ("Beijing warned Manila against serving as a pawn of Washington.", [], ["CHN CONDEMNS PHL"]),
]
