DAY = "2021-04-15"
SENTS = [
 ("The Biden administration imposed sweeping sanctions on Russia on Thursday and expelled 10 Russian diplomats in retaliation for the SolarWinds hacking campaign and interference in the 2020 election.", ["USA SANCTIONS RUS"], ["USA CONDEMNS RUS"]),
 ("The measures bar American banks from buying Russian government bonds directly from the central bank.", [], ["USA SANCTIONS RUS"]),
 ("Two days earlier, President Joe Biden had telephoned Vladimir Putin and proposed a summit in a third country, while urging him to reduce tensions over Ukraine.", ["person:joe-biden MEETS person:vladimir-putin"], ["person:joe-biden LEADS USA"]),
 ("Russia has massed more than 100,000 troops near Ukraine's border and in Crimea, according to the European Union's foreign policy chief, Josep Borrell.", [], ["RUS DEPLOYS_TROOPS UKR"]),
 ("Moscow denounced the sanctions as an unfriendly act and promised a response, and Foreign Minister Sergei Lavrov later ordered 10 American diplomats to leave.", [], ["RUS CONDEMNS USA"]),
 ("NATO allies issued a statement supporting the United States and said Russia's actions undermined security in Europe.", ["org:NATO SUPPORTS USA", "org:NATO CONDEMNS RUS"], []),
 ("Ukraine's President Volodymyr Zelensky thanked Biden for his support.", ["person:volodymyr-zelensky LEADS UKR"], ["person:joe-biden SUPPORTS person:volodymyr-zelensky", "person:joe-biden SUPPORTS UKR", "USA SUPPORTS UKR"]),
]
