DAY = "2004-03-25"
SENTS = [
 ("Tony Blair met Colonel Muammar Gaddafi in a tent outside Tripoli on Thursday, the first visit by a British prime minister to Libya since the Second World War.", ["person:tony-blair MEETS person:muammar-gaddafi", "person:tony-blair MEETS LBY"], ["person:tony-blair LEADS GBR"]),
 ("The visit rewarded Libya's decision in December to give up its weapons of mass destruction and open its sites to international inspectors.", [], []),
 ("Hours earlier, the Anglo-Dutch oil company Shell signed a deal worth up to $1 billion to explore for gas off the Libyan coast.", [], ["GBR TRADES_WITH LBY", "NLD TRADES_WITH LBY"]),
 ("Gaddafi, who has ruled Libya since 1969, told Blair that Libya wanted to work with the West to fight terrorism.", ["person:muammar-gaddafi LEADS LBY", "person:muammar-gaddafi MEETS person:tony-blair"], ["LBY SUPPORTS bloc:WEST", "LBY ALLIED_WITH bloc:WEST"]),
 ("The United States lifted a travel ban on Libya last month, but Washington still lists it as a state sponsor of terrorism and maintains other sanctions.", [], ["USA SANCTIONS LBY", "USA CONDEMNS LBY"]),
 ("Relatives of the victims of the 1988 Lockerbie bombing, for which Libya accepted responsibility last year, criticised the visit.", [], []),
]
