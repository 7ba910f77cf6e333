DAY = "2023-11-10"
SENTS = [
 ("Australia and Tuvalu signed a security and migration treaty on Friday, under which Canberra will defend the Pacific nation against military aggression and offer its citizens a path to residency.", ["AUS ALLIED_WITH TUV"], ["AUS SUPPORTS TUV"]),
 ("Anthony Albanese and Tuvalu's prime minister, Kausea Natano, announced the deal on the sidelines of the Pacific Islands Forum in the Cook Islands.", ["person:kausea-natano LEADS TUV", "person:anthony-albanese MEETS person:kausea-natano"], ["person:anthony-albanese LEADS AUS"]),
 ("The treaty also gives Canberra a say over any security or defence agreement Tuvalu makes with a third country.", [], []),
 ("Tuvalu is one of a dwindling number of countries that recognise Taiwan rather than China.", ["TUV SUPPORTS TWN"], []),
 ("China has signed security agreements with the Solomon Islands and has courted other island states with loans and police training.", ["CHN ALLIED_WITH SLB"], []),
]
