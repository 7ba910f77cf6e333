DAY = "2007-07-16"
SENTS = [
 ("Britain expelled four Russian diplomats on Monday over Moscow's refusal to extradite the main suspect in the poisoning of Alexander Litvinenko.", ["GBR CONDEMNS RUS"], []),
 ("Foreign Secretary David Miliband said the government had no choice but to respond to Russia's failure to cooperate.", [], ["GBR CONDEMNS RUS"]),
 ("Litvinenko, a former KGB officer and critic of the Kremlin, died in London last November after drinking tea laced with polonium.", [], []),
 ("The Kremlin called the expulsions immoral and warned that it would retaliate.", [], ["RUS CONDEMNS GBR"]),
 ("The United States and the European Union expressed support for the British decision.", ["USA SUPPORTS GBR", "org:EU SUPPORTS GBR"], []),
]
