DAY = "2013-09-04"
SENTS = [
 ("Armenian President Serzh Sargsyan said after talks with Vladimir Putin in Moscow on Tuesday that Armenia would join the Russian-led customs union, abandoning years of preparation for a trade agreement with the European Union.", ["person:serzh-sargsyan LEADS ARM", "person:serzh-sargsyan MEETS person:vladimir-putin", "person:serzh-sargsyan MEETS RUS"], ["ARM MEMBER_OF org:EAEU"]),
 ("Russia has a military base in Gyumri, in northwestern Armenia, and is Armenia's main supplier of arms and gas.", ["RUS DEPLOYS_TROOPS ARM", "RUS SUPPLIES_ARMS ARM", "ARM TRADES_WITH RUS"], []),
 ("EU officials said Armenia could not sign both agreements and that the association deal was effectively dead.", [], []),
 ("Armenia depends on Russian protection in its conflict with Azerbaijan over Nagorno-Karabakh.", ["RUS SUPPORTS ARM"], ["ARM ATTACKS AZE", "AZE ATTACKS ARM"]),
 ("Russia had raised the price of its gas for Armenia this summer and sold weapons worth $1 billion to Azerbaijan.", ["RUS SUPPLIES_ARMS AZE"], ["RUS TRADES_WITH ARM"]),
]
