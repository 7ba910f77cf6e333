DAY = "2017-11-09"
SENTS = [
 ("Chinese President Xi Jinping welcomed Donald Trump to Beijing on Thursday with a lavish ceremony outside the Great Hall of the People.", ["person:xi-jinping LEADS CHN", "person:donald-trump MEETS person:xi-jinping", "person:donald-trump MEETS CHN"], []),
 ("The two leaders announced commercial deals worth more than 250 billion dollars, including orders for Boeing aircraft and American soybeans.", [], ["CHN TRADES_WITH USA", "person:donald-trump MEETS person:xi-jinping"]),
 ("Trump said he did not blame China for the trade deficit, but criticised previous American administrations for allowing it to grow.", [], []),
 ("He urged Beijing to do more to rein in North Korea, which accounts for a tiny share of China's trade but depends on it for almost all its oil.", ["CHN TRADES_WITH PRK"], ["person:donald-trump CONDEMNS PRK"]),
 ("Xi said China would continue to enforce UN sanctions on Pyongyang.", [], ["org:UN SANCTIONS PRK", "CHN SANCTIONS PRK"]),
 ("Trump travels on to Vietnam for the Asia-Pacific Economic Cooperation summit in Da Nang.", [], ["person:donald-trump MEETS VNM"]),
]
