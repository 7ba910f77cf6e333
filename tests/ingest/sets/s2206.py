DAY = "2014-06-10"
SENTS = [
 ("Fighters of the Islamic State of Iraq and the Levant seized Mosul, Iraq's second-largest city, on Tuesday as Iraqi soldiers abandoned their posts.", ["org:ISIS ATTACKS IRQ"], []),
 ("Prime Minister Nouri al-Maliki asked parliament to declare a state of emergency and offered to arm citizens who volunteered to fight.", [], ["person:nouri-al-maliki LEADS IRQ"]),
 ("The United States, which withdrew its last troops from Iraq in 2011, said it would support Baghdad in fighting the militants.", [], ["USA SUPPORTS IRQ", "USA DEPLOYS_TROOPS IRQ"]),
 ("Turkey said the militants had seized its consulate in Mosul and taken 49 people hostage, including the consul general.", [], ["org:ISIS ATTACKS TUR"]),
 ("Iran, a close ally of the Shia-led government in Baghdad, offered to help Iraq fight the insurgents.", ["IRN ALLIED_WITH IRQ"], ["IRN SUPPORTS IRQ"]),
]
