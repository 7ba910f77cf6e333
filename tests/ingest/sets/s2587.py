DAY = "1998-02-23"
SENTS = [
 ("UN Secretary-General Kofi Annan reached an agreement with Saddam Hussein in Baghdad on Monday that gives weapons inspectors access to eight presidential sites, averting American and British air strikes.", ["person:kofi-annan LEADS org:UN", "person:kofi-annan MEETS person:saddam-hussein", "person:kofi-annan MEETS IRQ"], ["USA ATTACKS IRQ", "GBR ATTACKS IRQ"]),
 ("The United States and Britain have sent more than 30 warships and hundreds of aircraft to the Gulf in the past three months.", [], []),
 ("President Bill Clinton said the deal could be a step forward but that American forces would stay in the region in case Iraq failed to keep its word.", [], ["person:bill-clinton LEADS USA"]),
 ("Russia and France, which had opposed the use of force, praised Annan's diplomacy.", ["RUS SUPPORTS person:kofi-annan", "FRA SUPPORTS person:kofi-annan"], []),
 ("Iraq had barred the inspectors from the presidential palaces since October, accusing the American members of the teams of spying for Washington.", [], ["IRQ CONDEMNS USA"]),
]
