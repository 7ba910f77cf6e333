DAY = "1935-11-18"
SENTS = [
 ("Economic sanctions against Italy came into force on Monday in fifty member states of the League of Nations, which found last month that Italy had resorted to war in disregard of the Covenant.", ["org:LEAGUE_OF_NATIONS SANCTIONS ITA", "org:LEAGUE_OF_NATIONS CONDEMNS ITA"], []),
 ("The members have stopped buying Italian goods and lending money to Rome, but oil, coal and steel are not yet on the list of banned exports.", [], []),
 ("Austria, Hungary and Albania, which depend on Italian trade, have refused to apply the measures.", [], ["AUT TRADES_WITH ITA", "HUN TRADES_WITH ITA", "ALB TRADES_WITH ITA"]),
 ("The United States, which is not a member of the League, has asked American firms to keep their oil shipments to Italy at normal levels.", [], ["USA TRADES_WITH ITA"]),
 ("Mussolini called the sanctions an economic siege and ordered Italians to hand in their gold wedding rings.", [], ["person:benito-mussolini LEADS ITA", "person:benito-mussolini CONDEMNS org:LEAGUE_OF_NATIONS"]),
]
