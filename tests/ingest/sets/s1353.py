DAY = "2024-01-12"
SENTS = [
 ("American and British warplanes struck more than 60 Houthi targets across Yemen early on Friday.", ["USA ATTACKS org:HOUTHIS", "GBR ATTACKS org:HOUTHIS"], ["USA ATTACKS YEM", "GBR ATTACKS YEM"]),
 ("The Houthis, who control much of northern Yemen, have fired missiles and drones at merchant ships and at Israel since November.", ["org:HOUTHIS ATTACKS ISR"], []),
 ("Iran, which arms the Houthis, condemned the strikes as a violation of Yemen's sovereignty.", ["IRN SUPPLIES_ARMS org:HOUTHIS"], ["IRN CONDEMNS USA", "IRN CONDEMNS GBR", "IRN SUPPORTS org:HOUTHIS"]),
 ("Saudi Arabia called for restraint and said it was following the situation with great concern.", [], []),
 ("Russia requested an emergency meeting of the UN Security Council, accusing Washington and London of aggression against Yemen.", ["RUS CONDEMNS USA", "RUS CONDEMNS GBR"], ["USA ATTACKS YEM", "GBR ATTACKS YEM"]),
]
