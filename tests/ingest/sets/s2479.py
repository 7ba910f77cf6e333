DAY = "2013-11-19"
SENTS = [
 ("Indonesia recalled its ambassador to Canberra on Monday after reports that Australian intelligence had tried to tap the mobile phones of President Susilo Bambang Yudhoyono, his wife and senior ministers in 2009.", [], ["IDN SANCTIONS AUS", "IDN CONDEMNS AUS"]),
 ("Foreign Minister Marty Natalegawa said the spying was an unfriendly act and that Jakarta would review all its cooperation with Australia.", [], ["person:marty-natalegawa CONDEMNS AUS", "IDN CONDEMNS AUS", "IDN SANCTIONS AUS"]),
 ("Prime Minister Tony Abbott refused to apologise and told parliament that Australia used all the information it could gather to help its friends.", [], ["person:tony-abbott LEADS AUS", "AUS SUPPORTS IDN"]),
 ("Indonesia later suspended military cooperation and joint patrols against people smugglers with Australia.", ["IDN SANCTIONS AUS"], []),
 ("Australia is Indonesia's ninth-largest trading partner and one of its biggest aid donors.", ["AUS TRADES_WITH IDN", "AUS SUPPORTS IDN"], []),
]
