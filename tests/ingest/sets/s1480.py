DAY = "2017-04-07"
SENTS = [
 ("The United States fired 59 Tomahawk cruise missiles at a Syrian air base on Thursday night in retaliation for a chemical weapons attack that Washington blamed on the government of Bashar al-Assad.", ["USA ATTACKS SYR"], ["USA CONDEMNS SYR", "USA CONDEMNS person:bashar-al-assad"]),
 ("Russia, Assad's main military backer, denounced the strike as an act of aggression against a sovereign state and suspended an agreement with the US to avoid mid-air incidents over Syria.", [], ["RUS CONDEMNS USA", "RUS SUPPORTS person:bashar-al-assad", "RUS SUPPORTS SYR"]),
 ("Iran also condemned the attack, while Britain, Israel, Saudi Arabia and Turkey voiced support for the American action.", ["IRN CONDEMNS USA", "GBR SUPPORTS USA", "ISR SUPPORTS USA", "SAU SUPPORTS USA", "TUR SUPPORTS USA"], []),
 ("Syrian President Bashar al-Assad said the strike was reckless and irresponsible.", ["person:bashar-al-assad LEADS SYR"], []),
 ("Secretary of State Rex Tillerson flew to Moscow the following week for talks with Sergei Lavrov, his Russian counterpart.", ["person:rex-tillerson MEETS RUS", "person:rex-tillerson MEETS person:sergei-lavrov"], []),
]
