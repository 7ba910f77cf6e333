DAY = "2019-06-21"
SENTS = [
 ("Crowds waving flowers welcomed Xi Jinping to Pyongyang on Thursday as he began the first trip to North Korea by a Chinese head of state since 2005.", ["person:xi-jinping MEETS PRK", "person:xi-jinping LEADS CHN"], []),
 ("Kim Jong Un greeted Xi at the airport, and hundreds of thousands of people lined the streets as the two leaders rode in an open-top car.", ["person:kim-jong-un MEETS person:xi-jinping"], []),
 ("Xi told Kim that China was willing to help North Korea address its reasonable security and development concerns.", ["person:xi-jinping MEETS person:kim-jong-un"], ["CHN SUPPORTS PRK"]),
 ("Nearly all of North Korea's foreign commerce goes through China, even as UN sanctions cap the North's sales of coal, iron and seafood.", ["CHN TRADES_WITH PRK", "org:UN SANCTIONS PRK"], []),
 ("The visit came a week before Xi was due to meet Donald Trump at the G20 summit in Osaka.", [], ["person:xi-jinping MEETS person:donald-trump"]),
]
