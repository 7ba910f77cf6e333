DAY = "2024-05-16"
SENTS = [
 ("Vladimir Putin arrived in Beijing on Thursday for a two-day state visit, his first trip abroad since being sworn in for a fifth term as Russia's president.", ["person:vladimir-putin MEETS CHN", "person:vladimir-putin LEADS RUS"], []),
 ("Putin and Xi Jinping signed a joint statement pledging to deepen their comprehensive strategic partnership and condemning what they called American efforts to contain both countries.", ["person:vladimir-putin MEETS person:xi-jinping", "CHN ALLIED_WITH RUS", "person:vladimir-putin CONDEMNS USA", "person:xi-jinping CONDEMNS USA"], ["RUS CONDEMNS USA", "CHN CONDEMNS USA"]),
 ("Trade between the two countries reached a record $240 billion last year as Russia sold more oil to China and bought Chinese cars and electronics.", ["CHN TRADES_WITH RUS"], []),
 ("Western governments accuse Beijing of supplying Russia with machine tools and microelectronics that help it produce weapons for the war in Ukraine.", ["bloc:WEST CONDEMNS CHN"], ["CHN SUPPLIES_ARMS RUS", "CHN SUPPORTS RUS", "RUS ATTACKS UKR"]),
 ("Secretary of State Antony Blinken warned during a visit to Beijing last month that the United States would impose sanctions on Chinese firms that support Russia's military.", ["person:antony-blinken MEETS CHN"], ["USA SANCTIONS CHN", "person:antony-blinken CONDEMNS CHN", "USA CONDEMNS CHN"]),
 ("China says it has never provided lethal weapons to either side and claims to be neutral.", [], []),
]
