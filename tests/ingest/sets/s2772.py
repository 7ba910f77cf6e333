DAY = "1983-02-01"
SENTS = [
 ("Nigeria has ordered some two million foreign workers without papers to leave the country, most of them Ghanaians who came during the oil boom.", [], []),
 ("Flight Lieutenant Jerry Rawlings, Ghana's military ruler, reopened the border with Togo on Sunday to let the returning Ghanaians through.", ["person:jerry-rawlings LEADS GHA"], []),
 ("President Shehu Shagari of Nigeria defended the expulsions and blamed the illegal immigrants for a wave of crime in Lagos.", ["person:shehu-shagari LEADS NGA"], []),
 ("The European Community has sent Ghana emergency food aid and trucks to carry the returnees home.", ["org:EU SUPPORTS GHA"], []),
]
