DAY = "2022-12-22"
SENTS = [
 ("Volodymyr Zelensky flew to Washington on Wednesday on his first trip abroad since Russia's invasion.", ["person:volodymyr-zelensky MEETS USA"], ["RUS ATTACKS UKR"]),
 ("At the White House, Joe Biden announced that the United States would send Ukraine a Patriot air defence battery.", [], ["USA SUPPLIES_ARMS UKR", "person:joe-biden MEETS person:volodymyr-zelensky"]),
 ("The United States has given Kyiv more than 21 billion dollars in military aid since February.", ["USA SUPPORTS UKR"], ["USA SUPPLIES_ARMS UKR"]),
 ("Moscow said the delivery of Patriots would be a legitimate target for Russian forces.", [], []),
 ("The Kremlin accused Washington of waging a proxy war against Russia.", ["RUS CONDEMNS USA"], ["USA ATTACKS RUS"]),
]
