DAY = "2025-07-01"
SENTS = [
 ("Azerbaijan arrested eight Russian citizens and raided the Baku office of Sputnik after two ethnic Azerbaijanis died during a police raid in Yekaterinburg.", [], ["AZE CONDEMNS RUS"]),
 ("Baku accused Russian police of killing the two men and cancelled a visit by a Russian deputy prime minister.", ["AZE CONDEMNS RUS"], []),
 ("Moscow summoned Azerbaijan's ambassador and protested against the detention of its journalists.", ["RUS CONDEMNS AZE"], []),
 ("Ilham Aliyev has also demanded an apology for the downing of an Azerbaijan Airlines plane by Russian air defences.", ["person:ilham-aliyev CONDEMNS RUS"], ["RUS ATTACKS AZE"]),
 ("Azerbaijan supplies gas to Europe and has grown closer to Turkey.", [], ["AZE ALLIED_WITH TUR", "AZE TRADES_WITH org:EU"]),
]
