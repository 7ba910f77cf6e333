DAY = "1970-01-13"
SENTS = [
 ("The secessionist leaders of Biafra surrendered to the Nigerian federal government on Monday, ending a civil war of 30 months.", [], []),
 ("Major General Yakubu Gowon, the Nigerian head of state, promised a general amnesty and said there would be no reprisals against the Ibos.", ["person:yakubu-gowon LEADS NGA"], []),
 ("Britain and the Soviet Union, which both sold arms to Lagos during the war, offered emergency relief for the starving population.", ["GBR SUPPLIES_ARMS NGA", "SUN SUPPLIES_ARMS NGA"], ["GBR SUPPORTS NGA", "SUN SUPPORTS NGA"]),
 ("France, which had sent weapons to the rebels through Gabon and the Ivory Coast, said it hoped for a quick reconciliation.", [], []),
 ("Only four countries, among them Gabon and Zambia, ever granted the breakaway region recognition.", [], []),
]
