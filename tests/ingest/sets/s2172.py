DAY = "1964-10-17"
SENTS = [
 ("China exploded its first atomic bomb on Friday, becoming the fifth nuclear power after the United States, the Soviet Union, Britain and France.", [], []),
 ("Peking said China would never be the first to use nuclear weapons and proposed a world summit to ban them.", [], []),
 ("President Lyndon Johnson said the test was no surprise and that the United States would defend its Asian allies.", [], ["person:lyndon-b-johnson LEADS USA"]),
 ("Japan protested against the Chinese test, which was carried out in the atmosphere.", ["JPN CONDEMNS CHN"], []),
 ("India, which fought a border war with China two years ago, said the test was a threat to peace.", ["IND ATTACKS CHN", "CHN ATTACKS IND"], ["IND CONDEMNS CHN"]),
]
