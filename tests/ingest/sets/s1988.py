DAY = "2004-04-19"
SENTS = [
 ("Spain's new Prime Minister Jose Luis Rodriguez Zapatero ordered the withdrawal of the country's 1,300 troops from Iraq on Sunday, hours after he was sworn in.", ["person:jose-luis-rodriguez-zapatero LEADS ESP", "ESP DEPLOYS_TROOPS IRQ"], []),
 ("President George W. Bush telephoned Zapatero to express his displeasure at the abrupt decision.", ["person:george-w-bush MEETS person:jose-luis-rodriguez-zapatero", "person:george-w-bush CONDEMNS person:jose-luis-rodriguez-zapatero"], ["person:george-w-bush LEADS USA"]),
 ("Honduras, whose 370 soldiers serve under Spanish command in the Polish-led division, said it would also bring its troops home.", [], ["HND DEPLOYS_TROOPS IRQ"]),
 ("Zapatero's Socialists won last month's election three days after bombs killed 191 people on Madrid commuter trains.", [], []),
 ("Poland said its 2,400 troops would stay in Iraq.", ["POL DEPLOYS_TROOPS IRQ"], []),
]
