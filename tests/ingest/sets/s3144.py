DAY = "1999-12-27"
SENTS = [
 ("General Robert Guei, who seized power in Ivory Coast on Friday, said on Sunday that President Henri Konan Bedie had fled to Togo aboard a French military helicopter.", ["person:robert-guei LEADS CIV"], ["person:henri-konan-bedie LEADS CIV", "FRA SUPPORTS person:henri-konan-bedie"]),
 ("Paris has about 500 marines stationed in Ivory Coast but ruled out using them to bring back the ousted president.", ["FRA DEPLOYS_TROOPS CIV"], []),
 ("The Economic Community of West African States condemned the coup, and President Gnassingbe Eyadema of Togo, who holds its chairmanship, called for a return to constitutional order.", ["person:gnassingbe-eyadema LEADS TGO"], ["org:ECOWAS CONDEMNS CIV", "person:gnassingbe-eyadema LEADS org:ECOWAS"]),
 ("Washington froze $30 million of assistance to Abidjan pending elections.", [], ["USA SANCTIONS CIV"]),
]
