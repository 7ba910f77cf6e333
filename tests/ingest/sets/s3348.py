DAY = "1925-09-10"
SENTS = [
 ("Spanish troops landed in the bay of Alhucemas on Tuesday under the cover of French and Spanish warships, in the first joint offensive against the Rif leader Abd el-Krim.", ["ESP ATTACKS person:abd-el-krim", "FRA ATTACKS person:abd-el-krim"], ["ESP DEPLOYS_TROOPS MAR"]),
 ("General Primo de Rivera, the Spanish dictator, commands the landing in person.", ["person:miguel-primo-de-rivera LEADS ESP"], []),
 ("Marshal Petain has taken command of the French armies in Morocco, which were reinforced by more than 100,000 men after the Riffians attacked French posts on the Ouergha in the spring.", [], ["FRA DEPLOYS_TROOPS MAR", "person:abd-el-krim ATTACKS FRA"]),
 ("Paris and Madrid agreed in July to coordinate their operations and to prevent arms reaching the Rif by sea.", ["FRA ALLIED_WITH ESP"], []),
]
