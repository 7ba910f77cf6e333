DAY = "2022-10-17"
SENTS = [
 ("Russia attacked Kyiv with swarms of Iranian-made kamikaze drones on Monday, killing four people in a residential building near the city centre.", ["RUS ATTACKS UKR", "IRN SUPPLIES_ARMS RUS"], []),
 ("Ukrainian officials said 28 Shahed-136 drones had been launched at the capital, most of which were shot down by air defences.", [], []),
 ("President Volodymyr Zelensky said Russia was terrorising civilians because it was losing on the battlefield.", ["person:volodymyr-zelensky CONDEMNS RUS"], ["person:volodymyr-zelensky LEADS UKR"]),
 ("Iran has denied supplying the drones, but the European Union said it was gathering evidence and preparing new sanctions against Tehran.", [], ["IRN SUPPLIES_ARMS RUS", "org:EU SANCTIONS IRN"]),
 ("Ukrainian Foreign Minister Dmytro Kuleba proposed that Kyiv break off diplomatic relations with Iran.", [], ["person:dmytro-kuleba CONDEMNS IRN"]),
 ("Israel, which has refused Ukrainian requests for air defence systems, came under renewed pressure to supply them after the attack.", [], ["ISR SUPPLIES_ARMS UKR"]),
]
