DAY = "1936-05-06"
SENTS = [
 ("Italian troops under Marshal Pietro Badoglio entered Addis Ababa on Tuesday, seven months after Italy invaded Ethiopia from Eritrea and Italian Somaliland.", ["ITA ATTACKS ETH"], ["ITA DEPLOYS_TROOPS ETH"]),
 ("Emperor Haile Selassie left the capital by train for Djibouti, where a British cruiser is waiting to carry him into exile.", [], ["GBR SUPPORTS person:haile-selassie"]),
 ("Looters set fire to shops and foreign legations in the city before the Italians arrived.", [], []),
 ("Italian aircraft sprayed mustard gas on Ethiopian troops and villages throughout the war, the Emperor's government has told the League of Nations.", ["ITA ATTACKS ETH"], ["ETH CONDEMNS ITA"]),
 ("Britain and France are expected to ask the League to lift its sanctions on Italy, which have failed to stop the war.", [], ["GBR SANCTIONS ITA", "FRA SANCTIONS ITA", "org:LEAGUE_OF_NATIONS SANCTIONS ITA"]),
]
