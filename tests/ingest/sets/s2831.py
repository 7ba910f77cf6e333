DAY = "1949-05-12"
SENTS = [
 ("The Soviet Union lifted its blockade of Berlin at one minute after midnight on Thursday, and the first trucks and trains in eleven months rolled into the western sectors.", [], ["SUN SANCTIONS DEU"]),
 ("American and British planes flew more than 270,000 flights to keep the city supplied with food and coal during the blockade.", [], []),
 ("Washington, London and Paris ended their own restrictions on commerce with the Soviet zone in return.", [], []),
 ("The foreign ministers of the four powers will meet in Paris on May 23 to discuss the German question.", [], []),
 ("The North Atlantic Treaty, signed in Washington last month, binds the United States, Canada and ten European countries to defend one another.", ["USA MEMBER_OF org:NATO", "CAN MEMBER_OF org:NATO"], ["USA ALLIED_WITH CAN"]),
]
