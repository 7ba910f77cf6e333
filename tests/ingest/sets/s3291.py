DAY = "1969-03-06"
SENTS = [
 ("President Francisco Macias Nguema of Equatorial Guinea said on Wednesday that he had put down an attempted coup led by his foreign minister, Atanasio Ndongo.", ["person:francisco-macias-nguema LEADS GNQ"], []),
 ("Macias accused Spain of backing the plotters and demanded that the last Spanish troops leave the country.", ["person:francisco-macias-nguema CONDEMNS ESP"], ["ESP DEPLOYS_TROOPS GNQ", "ESP SUPPORTS GNQ"]),
 ("Spanish Civil Guards still patrol the towns of Santa Isabel and Bata under an agreement signed at independence in October.", [], ["ESP DEPLOYS_TROOPS GNQ"]),
 ("Madrid has sent two warships and transport planes to bring home several thousand Spanish settlers from its former colony.", [], ["ESP DEPLOYS_TROOPS GNQ"]),
 ("Nigeria, whose contract workers run the cocoa plantations on Fernando Po, has protested to the Macias government over the beating of its nationals.", ["NGA CONDEMNS GNQ"], ["NGA TRADES_WITH GNQ"]),
]
