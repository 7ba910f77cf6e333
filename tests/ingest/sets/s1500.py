DAY = "2003-03-20"
SENTS = [
 ("American and British forces invaded Iraq on Thursday after Saddam Hussein ignored an ultimatum to leave the country within 48 hours.", ["USA ATTACKS IRQ", "GBR ATTACKS IRQ"], ["person:saddam-hussein LEADS IRQ"]),
 ("Australia and Poland also sent troops to join the US-led coalition, while Spain's Prime Minister Jose Maria Aznar offered political support.", ["person:jose-maria-aznar LEADS ESP"], ["AUS DEPLOYS_TROOPS IRQ", "POL DEPLOYS_TROOPS IRQ", "AUS ALLIED_WITH USA", "POL ALLIED_WITH USA", "person:jose-maria-aznar SUPPORTS USA", "ESP SUPPORTS USA"]),
 ("France and Germany, which had led opposition to the war at the UN Security Council, condemned the invasion.", [], ["FRA CONDEMNS USA", "DEU CONDEMNS USA", "FRA CONDEMNS GBR", "DEU CONDEMNS GBR"]),
 ("Russian President Vladimir Putin called the military action a big political mistake and demanded an immediate halt.", ["person:vladimir-putin LEADS RUS"], ["person:vladimir-putin CONDEMNS USA"]),
 ("Kuwait, which hosted most of the invasion force, came under Iraqi missile fire within hours.", ["IRQ ATTACKS KWT"], ["USA DEPLOYS_TROOPS KWT"]),
]
