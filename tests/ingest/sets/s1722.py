DAY = "2017-07-11"
SENTS = [
 ("Iraqi Prime Minister Haider al-Abadi declared victory over Islamic State in Mosul on Monday after a nine-month battle that left much of the old city in ruins.", ["person:haider-al-abadi LEADS IRQ"], ["IRQ ATTACKS org:ISIS"]),
 ("The US-led coalition, which carried out thousands of air strikes in support of Iraqi forces, congratulated the Iraqi army.", ["USA SUPPORTS IRQ"], ["USA ATTACKS org:ISIS"]),
 ("Iranian-backed Shia militias fought alongside government troops on the outskirts of the city.", [], ["IRN SUPPORTS IRQ"]),
 ("Turkey, which has troops at a base near Mosul, has long been at odds with Baghdad over their presence.", [], ["TUR DEPLOYS_TROOPS IRQ", "IRQ CONDEMNS TUR"]),
 ("French President Emmanuel Macron praised Iraq's security forces and said France would keep helping.", ["person:emmanuel-macron LEADS FRA", "person:emmanuel-macron SUPPORTS IRQ"], []),
]
