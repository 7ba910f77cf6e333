DAY = "1987-07-30"
SENTS = [
 ("Prime Minister Rajiv Gandhi of India and President Junius Jayewardene of Sri Lanka signed an accord in Colombo on Wednesday to end the Tamil insurgency in the island's north and east.", ["person:rajiv-gandhi LEADS IND", "person:j-r-jayewardene LEADS LKA", "person:rajiv-gandhi MEETS person:j-r-jayewardene", "person:rajiv-gandhi MEETS LKA"], []),
 ("Within hours the first of 3,000 Indian soldiers flew into the Jaffna peninsula to oversee a ceasefire and disarm the Tamil Tigers.", [], ["IND DEPLOYS_TROOPS LKA"]),
 ("The next morning a Sri Lankan sailor in the guard of honour swung his rifle at Gandhi's head, but the Indian leader ducked and was only bruised.", [], []),
 ("Sinhalese nationalists, who accuse New Delhi of arming the Tigers, rioted in Colombo against the accord.", [], ["IND SUPPLIES_ARMS org:LTTE"]),
]
