DAY = "1998-12-17"
SENTS = [
 ("American and British warplanes and cruise missiles struck Iraq for a second night on Thursday in a campaign to punish Baghdad for blocking United Nations weapons inspectors.", ["USA ATTACKS IRQ", "GBR ATTACKS IRQ"], []),
 ("President Bill Clinton said the strikes were meant to degrade Saddam Hussein's ability to build weapons of mass destruction.", [], ["person:bill-clinton LEADS USA"]),
 ("Prime Minister Tony Blair said Britain had no choice but to act.", [], ["person:tony-blair LEADS GBR"]),
 ("Russia recalled its ambassadors from Washington and London in protest, and President Boris Yeltsin condemned the attack.", ["RUS CONDEMNS USA", "RUS CONDEMNS GBR"], ["person:boris-yeltsin LEADS RUS", "person:boris-yeltsin CONDEMNS USA", "person:boris-yeltsin CONDEMNS GBR"]),
 ("China and France also criticised the strikes, saying they were carried out without the approval of the Security Council.", [], ["CHN CONDEMNS USA", "FRA CONDEMNS USA", "CHN CONDEMNS GBR", "FRA CONDEMNS GBR"]),
 ("Iraq has been under United Nations sanctions since its invasion of Kuwait in 1990.", ["org:UN SANCTIONS IRQ", "IRQ ATTACKS KWT"], []),
]
