DAY = "1996-05-22"
SENTS = [
 ("French troops based in the Central African Republic fought mutinous soldiers in Bangui on Tuesday and took control of the airport and the main roads.", ["FRA DEPLOYS_TROOPS CAF"], []),
 ("President Ange-Felix Patasse had asked France to intervene under a defence agreement after the mutineers attacked the presidential guard.", ["FRA ALLIED_WITH CAF"], ["person:ange-felix-patasse LEADS CAF"]),
 ("The Gabonese President, Omar Bongo, flew to Bangui to mediate between the mutineers and the Government.", ["person:omar-bongo LEADS GAB", "person:omar-bongo MEETS CAF"], []),
 ("Paris said its soldiers would stay only until order was restored.", [], []),
]
