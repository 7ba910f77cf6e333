DAY = "1980-01-05"
SENTS = [
 ("Tens of thousands of Soviet troops poured into Afghanistan over the Christmas week, and a Soviet-installed government under Babrak Karmal now rules in Kabul.", ["SUN DEPLOYS_TROOPS AFG"], ["SUN ATTACKS AFG", "SUN SUPPORTS person:babrak-karmal"]),
 ("President Jimmy Carter announced on Friday that the United States would halt the sale of 17 million tonnes of grain to the Soviet Union.", [], ["person:jimmy-carter LEADS USA", "USA TRADES_WITH SUN", "USA SANCTIONS SUN"]),
 ("Carter also said he would ask the Senate to shelve the SALT II arms treaty he signed with Leonid Brezhnev in Vienna last June.", [], ["person:jimmy-carter MEETS person:leonid-brezhnev", "USA ALLIED_WITH SUN"]),
 ("Pakistan, which borders Afghanistan and has taken in thousands of refugees, is expected to receive American military aid.", [], ["USA SUPPORTS PAK"]),
 ("Moscow says it sent its forces at the request of the Afghan government to repel outside aggression.", [], ["SUN DEPLOYS_TROOPS AFG", "SUN SUPPORTS AFG"]),
]
