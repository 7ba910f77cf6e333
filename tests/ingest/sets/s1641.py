DAY = "2014-08-07"
SENTS = [
 ("Russia banned imports of meat, fish, fruit, vegetables and dairy products from the European Union, the United States, Australia, Canada and Norway for a year on Thursday.", ["RUS SANCTIONS org:EU", "RUS SANCTIONS USA", "RUS SANCTIONS AUS", "RUS SANCTIONS CAN", "RUS SANCTIONS NOR"], ["RUS TRADES_WITH org:EU"]),
 ("Prime Minister Dmitry Medvedev said the ban was a response to Western sanctions over Ukraine.", [], ["person:dmitry-medvedev LEADS RUS", "bloc:WEST SANCTIONS RUS"]),
 ("Poland, the EU's biggest apple exporter, has been hit hardest and has urged Brussels to compensate its farmers.", [], ["POL MEMBER_OF org:EU"]),
 ("Moscow said it would increase food imports from Latin America, and Brazil and Argentina said they were ready to supply more beef.", [], ["BRA TRADES_WITH RUS", "ARG TRADES_WITH RUS"]),
 ("The European Commission said it regretted the announcement and reserved the right to take action.", [], ["org:EC CONDEMNS RUS"]),
]
