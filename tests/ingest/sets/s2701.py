DAY = "1985-02-05"
SENTS = [
 ("The United States called off a joint naval exercise with Australia and New Zealand on Monday after Wellington refused a port call by the destroyer Buchanan.", [], ["USA ALLIED_WITH AUS", "USA ALLIED_WITH NZL", "AUS ALLIED_WITH NZL"]),
 ("Prime Minister David Lange's Labour government bars ships that carry nuclear weapons or are powered by nuclear reactors, and Washington will not say which of its ships are armed.", [], ["person:david-lange LEADS NZL"]),
 ("The State Department said the decision had serious implications for the ANZUS alliance, which binds New Zealand, Australia and the United States.", ["NZL ALLIED_WITH AUS", "NZL ALLIED_WITH USA", "AUS ALLIED_WITH USA"], ["NZL MEMBER_OF org:ANZUS", "AUS MEMBER_OF org:ANZUS", "USA MEMBER_OF org:ANZUS"]),
 ("Australia's prime minister, Bob Hawke, has already withdrawn his offer of help with the MX missile tests in the Tasman Sea.", ["person:bob-hawke LEADS AUS"], []),
]
