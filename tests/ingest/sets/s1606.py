DAY = "1998-08-21"
SENTS = [
 ("American cruise missiles struck a pharmaceutical plant in Khartoum and training camps in eastern Afghanistan on Thursday, two weeks after the bombings of US embassies in Kenya and Tanzania.", ["USA ATTACKS SDN", "USA ATTACKS AFG"], []),
 ("President Bill Clinton said the plant was producing chemical weapons components for Osama bin Laden's network.", [], ["person:bill-clinton LEADS USA"]),
 ("Sudan denied the charge and said the factory made half of the country's medicines.", [], []),
 ("Thousands of protesters marched on the abandoned US embassy in Khartoum, and the government expelled the remaining American diplomats.", [], ["SDN CONDEMNS USA"]),
 ("Russian President Boris Yeltsin condemned the strikes as indecent, while Britain and Germany said they supported them.", ["person:boris-yeltsin LEADS RUS"], ["person:boris-yeltsin CONDEMNS USA", "GBR SUPPORTS USA", "DEU SUPPORTS USA"]),
]
