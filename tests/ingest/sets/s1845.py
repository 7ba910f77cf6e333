DAY = "2018-08-11"
SENTS = [
 ("President Donald Trump said on Friday that he had doubled tariffs on steel and aluminium imports from Turkey, sending the Turkish lira to a record low.", [], ["USA SANCTIONS TUR", "person:donald-trump LEADS USA", "TUR TRADES_WITH USA"]),
 ("Washington imposed sanctions last week on Turkey's justice and interior ministers over the detention of the American pastor Andrew Brunson.", ["USA SANCTIONS TUR"], []),
 ("Turkish President Recep Tayyip Erdogan accused the United States of waging an economic war against his country.", ["person:recep-tayyip-erdogan LEADS TUR", "person:recep-tayyip-erdogan CONDEMNS USA"], []),
 ("Erdogan said Turkey would look for new allies and spoke to Vladimir Putin by phone.", ["person:recep-tayyip-erdogan MEETS person:vladimir-putin"], []),
 ("Turkey and the United States are NATO allies, and the US keeps nuclear weapons at the Incirlik air base in southern Turkey.", ["TUR ALLIED_WITH USA", "TUR MEMBER_OF org:NATO", "USA MEMBER_OF org:NATO"], ["USA DEPLOYS_TROOPS TUR"]),
]
