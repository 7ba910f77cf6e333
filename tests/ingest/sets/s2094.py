DAY = "1999-04-24"
SENTS = [
 ("NATO leaders meeting in Washington for the alliance's 50th anniversary vowed on Friday to intensify the bombing of Yugoslavia until President Slobodan Milosevic withdraws his forces from Kosovo.", ["org:NATO ATTACKS YUG"], ["person:slobodan-milosevic LEADS YUG", "YUG DEPLOYS_TROOPS XKX"]),
 ("Poland, Hungary and the Czech Republic attended their first summit as members of the alliance.", [], ["POL MEMBER_OF org:NATO", "HUN MEMBER_OF org:NATO", "CZE MEMBER_OF org:NATO"]),
 ("Russia boycotted the celebrations in protest against the air strikes.", [], ["RUS CONDEMNS org:NATO"]),
 ("Prime Minister Tony Blair urged his allies not to rule out sending ground troops.", [], ["person:tony-blair LEADS GBR"]),
 ("NATO warplanes hit the Serbian state television building in Belgrade early on Friday, killing 16 employees.", ["org:NATO ATTACKS YUG"], ["org:NATO ATTACKS SRB"]),
]
