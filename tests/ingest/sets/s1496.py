DAY = "2019-07-17"
SENTS = [
 ("The United States removed Turkey from the F-35 fighter jet programme on Wednesday after Ankara took delivery of the first parts of Russia's S-400 air defence system.", ["RUS SUPPLIES_ARMS TUR"], ["USA SANCTIONS TUR"]),
 ("The White House said Turkey's purchase of the Russian system made its continued involvement with the F-35 impossible.", ["RUS SUPPLIES_ARMS TUR"], ["USA CONDEMNS TUR"]),
 ("Turkish companies had been making more than 900 parts for the stealth jet, which Lockheed Martin builds.", [], []),
 ("Recep Tayyip Erdogan, who has grown closer to Vladimir Putin since a failed coup in 2016, said the S-400 was the most important agreement in Turkey's history.", [], ["person:recep-tayyip-erdogan LEADS TUR"]),
 ("Greece and Cyprus, which have long feuded with Ankara over maritime borders, welcomed Washington's decision.", ["GRC SUPPORTS USA", "CYP SUPPORTS USA"], ["GRC CONDEMNS TUR", "CYP CONDEMNS TUR"]),
]
