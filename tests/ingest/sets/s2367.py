DAY = "2012-04-14"
SENTS = [
 ("North Korea's long-range rocket broke apart shortly after launch on Friday and fell into the Yellow Sea, an embarrassment for its new leader, Kim Jong Un.", ["person:kim-jong-un LEADS PRK"], []),
 ("The United States said it was suspending a deal to send 240,000 tonnes of food aid to the North.", [], ["USA SANCTIONS PRK", "USA SUPPORTS PRK"]),
 ("The UN Security Council condemned the launch on Monday and said it would tighten existing sanctions.", [], ["org:UNSC CONDEMNS PRK", "org:UNSC SANCTIONS PRK"]),
 ("China, the North's main ally, urged restraint from all sides.", ["CHN ALLIED_WITH PRK"], []),
 ("Japan and South Korea had threatened to shoot down any debris that fell on their territory.", [], []),
 ("Pyongyang said the rocket was meant to put a weather satellite into orbit to mark the 100th birthday of Kim Il Sung, the country's founder.", [], ["person:kim-il-sung LEADS PRK"]),
]
