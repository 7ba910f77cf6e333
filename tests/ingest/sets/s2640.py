DAY = "1993-03-01"
SENTS = [
 ("American cargo planes dropped food and medicine over eastern Bosnia early on Sunday, the first of the airdrops President Clinton ordered last week.", ["USA SUPPORTS BIH"], ["person:bill-clinton SUPPORTS BIH", "person:bill-clinton LEADS USA"]),
 ("The three C-130 transports, flying from a base in Germany, released 21 tons of rations and two tons of medical supplies near the besieged town of Cerska.", [], []),
 ("Bosnian Serb commanders, whose forces have surrounded the Muslim towns of the region for months, said they would not fire on the planes.", [], []),
 ("Germany and France said they would join later drops, and Boutros Boutros-Ghali called the operation a humanitarian necessity.", [], ["DEU SUPPORTS BIH", "FRA SUPPORTS BIH"]),
]
