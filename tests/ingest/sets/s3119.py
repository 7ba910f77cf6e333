DAY = "1968-04-15"
SENTS = [
 ("On Saturday Tanzania recognised Biafra, the breakaway eastern region of Nigeria, the first government anywhere to do so.", [], []),
 ("President Julius Nyerere said Nigeria had lost the right to ask the Ibo people to remain in a federation whose soldiers were killing them.", ["person:julius-nyerere CONDEMNS NGA"], ["person:julius-nyerere LEADS TZA"]),
 ("Lagos broke off diplomatic relations with Dar es Salaam on Sunday and called the decision a hostile act against the Nigerian people.", [], ["NGA CONDEMNS TZA", "NGA SANCTIONS TZA"]),
 ("General Yakubu Gowon's government has bought jets and bombs from the Soviet Union and armoured cars from Britain for its campaign against the breakaway region.", ["SUN SUPPLIES_ARMS NGA", "GBR SUPPLIES_ARMS NGA"], ["person:yakubu-gowon LEADS NGA"]),
 ("France, which has not recognised Biafra, is reported to be sending arms to Colonel Odumegwu Ojukwu's forces through Gabon and the Ivory Coast.", [], ["FRA SUPPORTS person:odumegwu-ojukwu"]),
]
