DAY = "1985-06-30"
SENTS = [
 ("The 39 American hostages from TWA Flight 847 were driven from Beirut to Damascus on Sunday and handed to American diplomats at the Syrian Foreign Ministry.", [], []),
 ("President Reagan thanked President Hafez al-Assad of Syria for his help in winning their release, but said the United States would not forget the murder of a Navy diver.", ["person:hafez-al-assad LEADS SYR"], ["person:ronald-reagan LEADS USA", "USA SUPPORTS SYR", "person:ronald-reagan SUPPORTS person:hafez-al-assad", "person:hafez-al-assad SUPPORTS USA"]),
 ("The hijackers belonged to Hezbollah, a Shiite militia backed by Iran.", ["IRN SUPPORTS org:HEZBOLLAH"], []),
 ("Nabih Berri, the leader of the Amal militia, had held the passengers in Beirut for two weeks.", [], []),
]
