DAY = "2024-05-20"
SENTS = [
 ("It was North Korea, not Iran, that supplied most of the artillery shells Russia fired last winter, according to South Korean intelligence.", ["PRK SUPPLIES_ARMS RUS"], []),
 ("Supplied by China, the dual-use components have kept Russia's missile factories running.", ["CHN SUPPLIES_ARMS RUS"], ["CHN SUPPORTS RUS"]),
 ("Neither Germany nor Italy has sent long-range missiles to Kyiv.", []),
 ("Among the countries that have pledged to train Ukrainian pilots are Denmark, the Netherlands and Norway.", [], ["DNK SUPPORTS UKR", "NLD SUPPORTS UKR", "NOR SUPPORTS UKR"]),
 ("What Ukraine needs most, said Dmytro Kuleba, is air defence, and only the United States can provide enough of it.", [], []),
]
