DAY = "2011-11-16"
SENTS = [
 ("President Barack Obama announced on Wednesday that the United States would station up to 2,500 Marines in northern Australia, expanding the American military presence in the Pacific.", ["person:barack-obama LEADS USA"], ["USA DEPLOYS_TROOPS AUS"]),
 ("Speaking at a news conference with Prime Minister Julia Gillard in Canberra, Mr. Obama said the deployment would allow the two allies to respond faster to disasters and threats in the region.", ["person:barack-obama MEETS AUS"], ["person:barack-obama MEETS person:julia-gillard", "person:julia-gillard LEADS AUS", "USA DEPLOYS_TROOPS AUS", "AUS ALLIED_WITH USA"]),
 ("The first 250 Marines will arrive in Darwin next year for rotations of six months.", [], []),
 ("China's Foreign Ministry questioned the plan, saying it might not be appropriate to intensify and expand military alliances.", [], ["CHN CONDEMNS USA", "CHN CONDEMNS AUS"]),
 ("Ms. Gillard said the agreement was not aimed at China, Australia's biggest trading partner.", ["AUS TRADES_WITH CHN"], []),
 ("Australia has fought alongside the United States in every major war since World War I, and Australian troops are serving with American forces in Afghanistan.", ["AUS ALLIED_WITH USA", "AUS DEPLOYS_TROOPS AFG"], ["USA DEPLOYS_TROOPS AFG"]),
]
