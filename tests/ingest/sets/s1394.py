DAY = "2021-11-10"
SENTS = [
 ("Poland sent thousands of extra troops to its border with Belarus on Tuesday as hundreds of migrants tried to force their way across.", [], []),
 ("Warsaw and the European Union accused Alexander Lukashenko of luring migrants from the Middle East to destabilise the bloc.", ["POL CONDEMNS person:alexander-lukashenko", "org:EU CONDEMNS person:alexander-lukashenko"], []),
 ("Lukashenko denied the accusation and warned he could cut off gas transit to Europe.", [], []),
 ("Russia sent two nuclear-capable strategic bombers to patrol Belarusian airspace in a show of support for Minsk.", ["RUS DEPLOYS_TROOPS BLR"], ["RUS SUPPORTS BLR"]),
 ("The EU agreed on Monday to widen its sanctions against Belarus to target airlines and travel agencies involved in the flights.", ["org:EU SANCTIONS BLR"], []),
]
