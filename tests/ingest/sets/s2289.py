DAY = "2002-05-24"
SENTS = [
 ("President Bush and President Vladimir Putin signed a treaty in the Kremlin on Friday that commits the United States and Russia to cut their strategic nuclear arsenals by about two-thirds over the next decade.", ["person:george-w-bush MEETS person:vladimir-putin", "person:george-w-bush MEETS RUS"], ["person:george-w-bush LEADS USA", "person:vladimir-putin LEADS RUS"]),
 ("The two leaders also signed a declaration on a new strategic relationship, saying their countries were no longer enemies.", [], ["person:george-w-bush MEETS person:vladimir-putin", "RUS ALLIED_WITH USA"]),
 ("Mr. Bush is to travel to Rome on Tuesday, where NATO and Russia will launch a new council that gives Moscow a voice in some of the alliance's decisions.", [], ["org:NATO ALLIED_WITH RUS", "org:NATO SUPPORTS RUS", "person:george-w-bush MEETS ITA"]),
 ("Russia had strongly opposed NATO's expansion into the former Soviet bloc and the American withdrawal from the Anti-Ballistic Missile Treaty, announced in December.", ["RUS CONDEMNS org:NATO", "RUS CONDEMNS USA"], []),
 ("Putin also pressed Bush to lift the Jackson-Vanik amendment, a Cold War restriction on trade with Russia.", [], ["USA SANCTIONS RUS", "person:vladimir-putin MEETS person:george-w-bush"]),
 ("Critics in Congress noted that the treaty does not require either side to destroy a single warhead.", [], []),
]
