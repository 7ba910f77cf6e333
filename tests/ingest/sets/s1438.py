DAY = "2018-04-14"
SENTS = [
 ("The United States, Britain and France launched more than 100 missiles at Syrian chemical weapons sites early on Saturday in response to a suspected gas attack in Douma.", ["USA ATTACKS SYR", "GBR ATTACKS SYR", "FRA ATTACKS SYR"], []),
 ("Donald Trump called Bashar al-Assad a monster and accused Russia and Iran of backing his government.", ["person:donald-trump CONDEMNS person:bashar-al-assad", "person:donald-trump CONDEMNS RUS", "person:donald-trump CONDEMNS IRN"], ["RUS SUPPORTS SYR", "IRN SUPPORTS SYR", "RUS SUPPORTS person:bashar-al-assad", "IRN SUPPORTS person:bashar-al-assad"]),
 ("Russia's ambassador in Washington warned that the strikes would not be left without consequences.", [], ["RUS CONDEMNS USA"]),
 ("Syrian air defences intercepted some of the missiles, state media said.", [], []),
 ("Germany and Canada voiced support for the strikes but did not take part.", [], ["DEU SUPPORTS USA", "CAN SUPPORTS USA", "DEU SUPPORTS GBR", "CAN SUPPORTS GBR", "DEU SUPPORTS FRA", "CAN SUPPORTS FRA"]),
]
