DAY = "2002-07-17"
SENTS = [
 ("Spanish special forces landed on the tiny island of Perejil off the Moroccan coast on Wednesday and removed six Moroccan soldiers who had occupied it last week.", [], ["ESP ATTACKS MAR"]),
 ("Morocco condemned the operation as a declaration of war.", [], ["MAR CONDEMNS ESP"]),
 ("Spain recalled its ambassador from Rabat on Saturday, and the European Union backed Madrid, calling the Moroccan landing a violation of Spanish territory.", ["org:EU SUPPORTS ESP", "org:EU CONDEMNS MAR"], ["ESP CONDEMNS MAR"]),
 ("The Arab League expressed its support for Morocco.", ["org:ARAB_LEAGUE SUPPORTS MAR"], []),
 ("US Secretary of State Colin Powell telephoned the Spanish and Moroccan foreign ministers several times to broker a deal.", [], ["person:colin-powell MEETS ESP", "person:colin-powell MEETS MAR"]),
]
