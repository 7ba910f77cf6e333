DAY = "2005-02-15"
SENTS = [
 ("Washington recalled its ambassador from Damascus on Tuesday, a day after former Lebanese Prime Minister Rafik Hariri was killed by a massive bomb in Beirut.", [], ["USA CONDEMNS SYR"]),
 ("Many Lebanese opposition leaders blamed Syria, which keeps about 14,000 troops in Lebanon, for the assassination.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("Syria denied any role and condemned the killing.", [], []),
 ("French President Jacques Chirac, a close friend of Hariri, flew to Beirut to offer his condolences to the family.", ["person:jacques-chirac LEADS FRA", "person:jacques-chirac MEETS LBN"], []),
 ("The UN Security Council called on Syria last year to withdraw its forces from Lebanon.", [], ["org:UNSC CONDEMNS SYR", "SYR DEPLOYS_TROOPS LBN"]),
]
