DAY = "2023-05-04"
SENTS = [
 ("Russia accused Ukraine on Wednesday of trying to assassinate Vladimir Putin with two drones that were shot down over the Kremlin overnight.", ["RUS CONDEMNS UKR"], ["UKR ATTACKS RUS"]),
 ("Volodymyr Zelensky, speaking in Helsinki, denied any involvement and said Ukraine was fighting on its own territory.", [], []),
 ("Kremlin spokesman Dmitry Peskov later said the United States was behind the attack and chose the targets, a claim the White House called ludicrous.", ["person:dmitry-peskov CONDEMNS USA"], []),
 ("Dmitry Medvedev, the deputy head of Russia's Security Council, called for the physical elimination of Zelensky.", [], ["person:dmitry-medvedev CONDEMNS person:volodymyr-zelensky"]),
 ("Hours later, Russia launched a wave of drones at Kyiv and Odesa.", ["RUS ATTACKS UKR"], []),
]
