DAY = "2018-03-28"
SENTS = [
 ("Kim Jong Un made a secret visit to Beijing this week, his first trip abroad since taking power, and held talks with President Xi Jinping, Chinese state media said on Wednesday.", ["person:kim-jong-un MEETS CHN", "person:kim-jong-un MEETS person:xi-jinping"], ["person:xi-jinping LEADS CHN"]),
 ("Kim told Xi that he was committed to denuclearisation and willing to meet President Donald Trump.", ["person:kim-jong-un MEETS person:xi-jinping"], ["person:kim-jong-un MEETS person:donald-trump", "person:donald-trump LEADS USA"]),
 ("The arrival of Kim's armoured train set off speculation in Beijing for days before the visit was confirmed.", [], []),
 ("China is North Korea's main ally and accounts for about 90 percent of its trade.", ["CHN ALLIED_WITH PRK", "CHN TRADES_WITH PRK"], []),
 ("Relations had cooled after Beijing backed tougher UN sanctions over the North's nuclear and missile tests.", [], ["org:UN SANCTIONS PRK", "CHN SANCTIONS PRK", "org:UNSC SANCTIONS PRK"]),
 ("Kim's father, Kim Jong Il, visited China several times before his death in 2011.", ["person:kim-jong-il MEETS CHN"], []),
]
