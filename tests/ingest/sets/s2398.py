DAY = "2011-04-08"
SENTS = [
 ("Ecuador declared the US ambassador, Heather Hodges, persona non grata over a diplomatic cable released by WikiLeaks in which she suggested that President Rafael Correa had knowingly appointed a corrupt police chief.", ["ECU CONDEMNS person:heather-hodges"], ["person:rafael-correa LEADS ECU", "ECU SANCTIONS USA", "ECU CONDEMNS USA"]),
 ("The State Department called the expulsion unjustified and on Thursday ordered Ecuador's envoy in Washington, Luis Gallegos, to leave the United States.", [], ["USA CONDEMNS ECU", "USA SANCTIONS ECU"]),
 ("Correa's foreign minister, Ricardo Patino, said relations with Washington would go on and that trade with the United States, Ecuador's biggest export market, would not suffer.", ["ECU TRADES_WITH USA"], []),
]
