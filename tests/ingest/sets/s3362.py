DAY = "1942-08-23"
SENTS = [
 ("Brazil declared war on Germany and Italy on Saturday after German submarines sank five Brazilian ships off its coast in a single week.", ["BRA ATTACKS DEU", "BRA ATTACKS ITA"], ["DEU ATTACKS BRA"]),
 ("President Vargas told the nation that the sinkings had left Brazil no choice.", [], ["person:getulio-vargas LEADS BRA", "person:getulio-vargas CONDEMNS DEU"]),
 ("Crowds in Rio de Janeiro attacked German and Italian shops, and the police arrested hundreds of Axis nationals.", [], []),
 ("Washington has already stationed aircraft at Natal, and American warships patrol the South Atlantic from Brazilian ports.", ["USA DEPLOYS_TROOPS BRA"], ["BRA SUPPORTS USA"]),
]
