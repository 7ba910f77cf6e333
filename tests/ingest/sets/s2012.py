DAY = "2025-07-23"
SENTS = [
 ("Donald Trump announced a trade deal with Japan on Tuesday that sets a 15 percent tariff on Japanese imports and commits Tokyo to invest 550 billion dollars in the United States.", ["USA TRADES_WITH JPN"], ["USA SANCTIONS JPN"]),
 ("Japan's chief negotiator, Ryosei Akazawa, met Trump at the White House before the announcement.", ["person:ryosei-akazawa MEETS person:donald-trump", "person:ryosei-akazawa MEETS USA"], []),
 ("Prime Minister Shigeru Ishiba said the deal would protect Japan's car industry, which faced a 25 percent tariff.", [], ["person:shigeru-ishiba LEADS JPN"]),
 ("Japan also agreed to open its market to American rice and cars.", [], ["JPN TRADES_WITH USA"]),
 ("The United States is Japan's largest export market.", ["JPN TRADES_WITH USA"], []),
]
