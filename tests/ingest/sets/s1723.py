DAY = "2022-04-15"
SENTS = [
 ("The Moskva, flagship of Russia's Black Sea Fleet, sank on Thursday after what Ukraine said was a strike by two of its Neptune missiles.", [], ["UKR ATTACKS RUS"]),
 ("Moscow said a fire had detonated ammunition on board and did not acknowledge any attack.", [], []),
 ("A senior US defence official said Washington believed the ship had been hit by two Ukrainian missiles.", [], ["UKR ATTACKS RUS"]),
 ("Russia fired missiles at a factory near Kyiv that makes the Neptune hours later, in what it called a response to Ukrainian attacks on Russian territory.", ["RUS ATTACKS UKR"], ["UKR ATTACKS RUS"]),
 ("Britain has promised to send Ukraine anti-ship missiles to help defend its coast.", [], ["GBR SUPPLIES_ARMS UKR"]),
]
