DAY = "2024-08-29"
SENTS = [
 ("Serbia agreed on Thursday to buy 12 Rafale fighter jets from France for 2.7 billion euros during a visit to Belgrade by President Emmanuel Macron.", ["FRA SUPPLIES_ARMS SRB", "person:emmanuel-macron MEETS SRB"], ["person:emmanuel-macron LEADS FRA"]),
 ("President Aleksandar Vucic said the purchase showed that Serbia was moving closer to Europe.", [], ["person:aleksandar-vucic LEADS SRB"]),
 ("Serbia has relied heavily on Russian and Chinese weapons, including MiG-29 jets donated by Moscow and a Chinese air defence system delivered in 2022.", ["RUS SUPPLIES_ARMS SRB", "CHN SUPPLIES_ARMS SRB"], []),
 ("The deal was criticised in neighbouring Croatia and in Kosovo, which Serbia does not recognise.", [], ["HRV CONDEMNS SRB", "HRV CONDEMNS FRA"]),
 ("Macron and Vucic also signed agreements on nuclear energy and lithium mining.", ["person:emmanuel-macron MEETS person:aleksandar-vucic"], ["FRA TRADES_WITH SRB"]),
]
