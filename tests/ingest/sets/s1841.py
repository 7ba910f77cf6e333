DAY = "2022-12-05"
SENTS = [
 ("A price cap of 60 dollars a barrel on Russian seaborne oil agreed by the Group of Seven, the European Union and Australia took effect on Monday.", ["org:G7 SANCTIONS RUS", "org:EU SANCTIONS RUS", "AUS SANCTIONS RUS"], []),
 ("The cap bars Western companies from shipping, insuring or financing cargoes of Russian crude sold above the limit.", [], []),
 ("Deputy Prime Minister Alexander Novak said Russia would sell oil only to countries that work with it on market terms, even if it had to cut production.", [], []),
 ("Ukrainian President Volodymyr Zelensky said the level was too high and would not stop Moscow from funding the war.", ["person:volodymyr-zelensky LEADS UKR"], []),
 ("The EU also banned imports of Russian crude by sea from the same day.", ["org:EU SANCTIONS RUS"], []),
]
