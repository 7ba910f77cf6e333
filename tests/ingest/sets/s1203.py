DAY = "2025-09-12"
SENTS = [
 ("Belarus freed 52 prisoners, including citizens of Lithuania, Poland and Britain, after a visit to Minsk by US envoy John Coale.", ["person:john-coale MEETS BLR"], ["USA MEETS BLR"]),
 ("In return, Washington lifted sanctions on the state airline Belavia.", [], ["USA SANCTIONS BLR"]),
 ("Alexander Lukashenko has ruled Belarus since 1994 and allowed Russia to station tactical nuclear weapons on its territory.", ["person:alexander-lukashenko LEADS BLR"], ["RUS DEPLOYS_TROOPS BLR", "BLR SUPPORTS RUS"]),
 ("The European Union has not eased its own sanctions on Minsk.", ["org:EU SANCTIONS BLR"], []),
 ("Lithuania closed its border with Belarus in October after smuggling balloons repeatedly drifted into its airspace.", [], ["LTU SANCTIONS BLR"]),
]
