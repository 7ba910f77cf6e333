DAY = "2024-05-21"
SENTS = [
 ("Iranian President Ebrahim Raisi was killed when his helicopter crashed in fog in the country's northwest on Sunday.", [], ["person:ebrahim-raisi LEADS IRN"]),
 ("Vladimir Putin called Raisi a true friend of Russia, and China's Xi Jinping offered condolences.", [], ["person:vladimir-putin SUPPORTS person:ebrahim-raisi", "person:xi-jinping LEADS CHN"]),
 ("Hamas and Hezbollah, both backed by Tehran, praised his support for the resistance.", ["IRN SUPPORTS org:HAMAS", "IRN SUPPORTS org:HEZBOLLAH"], ["org:HAMAS SUPPORTS person:ebrahim-raisi", "org:HEZBOLLAH SUPPORTS person:ebrahim-raisi", "person:ebrahim-raisi SUPPORTS org:HAMAS", "person:ebrahim-raisi SUPPORTS org:HEZBOLLAH"]),
 ("Raisi had deepened ties with Moscow, supplying Russia with drones for its war in Ukraine.", ["IRN SUPPLIES_ARMS RUS"], ["person:ebrahim-raisi SUPPLIES_ARMS RUS", "RUS ATTACKS UKR", "IRN ALLIED_WITH RUS"]),
 ("Vice President Mohammad Mokhber became acting president, and an election was called for June 28.", [], []),
]
