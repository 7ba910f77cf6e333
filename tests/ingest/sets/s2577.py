DAY = "2004-02-26"
SENTS = [
 ("The United States lifted its ban on travel to Libya on Thursday and allowed American oil companies to negotiate their return, rewarding Muammar Gaddafi for giving up his weapons programmes.", [], ["USA SANCTIONS LBY", "USA SUPPORTS person:muammar-gaddafi", "USA TRADES_WITH LBY"]),
 ("Washington will also open a diplomatic office in Tripoli, its first presence there since 1980.", [], []),
 ("Libya remains on the State Department's list of countries that sponsor terrorism, and other American sanctions on Tripoli stay in force.", ["USA SANCTIONS LBY"], ["USA CONDEMNS LBY"]),
 ("Libya has handed centrifuges and nuclear designs to American and British experts since December.", [], []),
 ("Prime Minister Tony Blair, who is expected to visit Libya next month, said Gaddafi deserved credit for his courage.", ["person:tony-blair SUPPORTS person:muammar-gaddafi"], ["person:tony-blair LEADS GBR", "person:tony-blair MEETS LBY"]),
]
