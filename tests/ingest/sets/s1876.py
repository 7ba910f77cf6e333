DAY = "2023-02-20"
SENTS = [
 ("President Joe Biden made a surprise visit to Kyiv on Monday, days before the first anniversary of Russia's invasion, and walked with Volodymyr Zelensky past St Michael's Cathedral as air raid sirens sounded.", ["person:joe-biden MEETS UKR", "person:joe-biden MEETS person:volodymyr-zelensky"], ["person:joe-biden LEADS USA", "RUS ATTACKS UKR"]),
 ("Standing beside the Ukrainian leader, Biden announced a further $500 million in military aid, including artillery ammunition, Javelin missiles and howitzers.", [], ["USA SUPPORTS UKR", "person:joe-biden MEETS person:volodymyr-zelensky", "USA SUPPLIES_ARMS UKR"]),
 ("The White House said it had notified Moscow of the trip hours before Biden departed, to avoid any misunderstanding.", [], []),
 ("Biden travelled by train from Poland, where he is due to meet President Andrzej Duda and leaders of NATO's eastern flank on Tuesday.", ["person:joe-biden MEETS POL"], ["person:joe-biden MEETS person:andrzej-duda", "person:andrzej-duda LEADS POL"]),
 ("The Kremlin did not immediately comment, but former president Dmitry Medvedev said Washington had handed Kyiv a stream of weapons and would share responsibility for the war.", [], ["USA SUPPLIES_ARMS UKR", "person:dmitry-medvedev CONDEMNS USA"]),
 ("Zelensky called the visit an extremely important sign of support for all Ukrainians.", [], ["USA SUPPORTS UKR"]),
]
