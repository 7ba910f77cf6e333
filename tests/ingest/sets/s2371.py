DAY = "2008-04-17"
SENTS = [
 ("Vladimir Putin arrived in Tripoli on Wednesday for talks with Muammar Gaddafi, the first visit to Libya by a Kremlin leader.", ["person:vladimir-putin MEETS LBY", "person:vladimir-putin MEETS person:muammar-gaddafi", "person:vladimir-putin LEADS RUS"], []),
 ("Russia agreed to write off $4.5 billion of Libya's Soviet-era debt, and in return Libya signed contracts with Russian companies, including a $2.2 billion deal for Russian Railways to build a line from Sirte to Benghazi.", ["RUS SUPPORTS LBY", "LBY TRADES_WITH RUS"], []),
 ("Gazprom signed an agreement with Libya's national oil company to explore for oil and gas, and the two sides discussed Russian arms sales worth billions of dollars, including fighter jets and air defence systems.", [], ["RUS SUPPLIES_ARMS LBY", "LBY TRADES_WITH RUS", "LBY MEETS RUS"]),
 ("The Libyan leader told Putin that he would never let American forces set up bases on the continent.", ["person:muammar-gaddafi MEETS person:vladimir-putin"], ["person:muammar-gaddafi LEADS LBY"]),
 ("Western companies have rushed back into Libya since Washington lifted sanctions in 2004.", [], ["USA SANCTIONS LBY"]),
]
