DAY = "1935-10-04"
SENTS = [
 ("Italian troops crossed the Mareb River from Eritrea into Ethiopia on Thursday, and Italian aircraft bombed the towns of Adowa and Adigrat.", ["ITA ATTACKS ETH"], ["ITA DEPLOYS_TROOPS ETH"]),
 ("Emperor Haile Selassie informed the League of Nations that Italy had violated his frontier and asked the Council to take measures against the aggressor.", ["person:haile-selassie CONDEMNS ITA"], ["person:haile-selassie LEADS ETH", "ETH CONDEMNS ITA"]),
 ("In Rome, Mussolini told a cheering crowd from the balcony of the Palazzo Venezia that Italy had waited forty years for its place in the sun.", [], ["person:benito-mussolini LEADS ITA"]),
 ("Britain, which has reinforced its fleet in the Mediterranean since August, is pressing the members of the League to impose economic sanctions on Italy.", [], ["GBR CONDEMNS ITA"]),
 ("Germany, which left the League two years ago, has declared itself neutral.", [], []),
]
