DAY = "1993-06-27"
SENTS = [
 ("American warships in the Persian Gulf and the Red Sea fired 23 Tomahawk cruise missiles at the headquarters of Iraq's intelligence service in Baghdad on Saturday.", ["USA ATTACKS IRQ"], []),
 ("President Clinton said the strike was retaliation for an Iraqi plot to assassinate former President George Bush during a visit to Kuwait in April.", [], ["IRQ ATTACKS person:george-h-w-bush", "person:bill-clinton LEADS USA", "person:george-h-w-bush MEETS KWT"]),
 ("Iraq denied any involvement in the plot and called the attack an act of cowardly aggression.", [], ["IRQ CONDEMNS USA"]),
 ("Britain and Russia expressed support for the American action, while China said it opposed the use of force.", ["GBR SUPPORTS USA", "RUS SUPPORTS USA"], ["CHN CONDEMNS USA"]),
 ("Several missiles missed their target and hit a residential district, killing eight civilians, Iraqi officials said.", [], []),
]
