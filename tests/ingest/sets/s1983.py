DAY = "2012-08-22"
SENTS = [
 ("Russia formally joined the World Trade Organization on Wednesday, 18 years after it first applied.", ["RUS MEMBER_OF org:WTO"], []),
 ("Georgia, which fought a brief war with Russia in 2008, lifted its veto on Russian membership last year after Switzerland brokered a deal on monitoring trade at their border.", ["GEO ATTACKS RUS", "RUS ATTACKS GEO"], ["GEO MEMBER_OF org:WTO"]),
 ("Under its accession terms, Russia will cut its average import tariff to about 7.8 percent.", [], []),
 ("The European Union, Russia's largest trading partner, welcomed the accession.", ["org:EU TRADES_WITH RUS"], ["org:EU SUPPORTS RUS"]),
 ("The United States has yet to repeal the Jackson-Vanik amendment, a Cold War trade restriction that denies Russia normal trade relations.", [], ["USA SANCTIONS RUS"]),
]
