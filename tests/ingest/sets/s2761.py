DAY = "1982-01-12"
SENTS = [
 ("NATO foreign ministers meeting in Brussels on Monday condemned the Soviet Union for its part in the imposition of martial law in Poland.", ["org:NATO CONDEMNS SUN"], []),
 ("Washington acted alone last month, grounding the Soviet airline's flights into New York and Washington and refusing licenses for American pipeline equipment bound for the Soviet Union.", ["USA SANCTIONS SUN"], ["USA TRADES_WITH SUN"]),
 ("General Wojciech Jaruzelski, Poland's military ruler, has interned thousands of members of the Solidarity union since December 13.", ["person:wojciech-jaruzelski LEADS POL"], []),
 ("In Warsaw, the Polish Foreign Minister, Jozef Czyrek, said the American measures were a crude attempt to meddle in the affairs of a sovereign state.", ["person:jozef-czyrek CONDEMNS USA"], ["POL CONDEMNS USA"]),
]
