DAY = "2004-09-03"
SENTS = [
 ("The UN Security Council narrowly adopted a resolution on Thursday calling on foreign forces to leave Lebanon, a demand aimed at the 15,000 Syrian troops stationed in the country.", [], ["SYR DEPLOYS_TROOPS LBN", "org:UNSC CONDEMNS SYR"]),
 ("Nine of the council's fifteen members voted in favour of the American and French text, the least a resolution needs, and six abstained.", [], []),
 ("It also opposed a plan backed by Damascus to extend the term of Lebanon's president, Emile Lahoud, by three years.", ["person:emile-lahoud LEADS LBN"], ["SYR SUPPORTS person:emile-lahoud"]),
 ("Syria has kept troops in Lebanon since 1976, when they entered the country during its civil war.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("Hezbollah, which Syria and Iran back, also rejected the resolution.", ["SYR SUPPORTS org:HEZBOLLAH", "IRN SUPPORTS org:HEZBOLLAH"], []),
]
