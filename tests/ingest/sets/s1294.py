DAY = "2025-07-09"
SENTS = [
 ("Brazil hosted the BRICS summit in Rio de Janeiro this week without Xi Jinping, who sent Premier Li Qiang instead, and Vladimir Putin, who joined by video.", [], ["person:li-qiang MEETS BRA", "BRA MEMBER_OF org:BRICS"]),
 ("Trump threatened an extra 10 percent tariff on any country aligning itself with what he called the anti-American policies of BRICS.", [], ["person:donald-trump CONDEMNS org:BRICS"]),
 ("Indonesia attended as a full member for the first time.", [], ["IDN MEMBER_OF org:BRICS"]),
 ("The leaders' declaration condemned the Israeli and US strikes on Iran.", [], ["org:BRICS CONDEMNS ISR", "org:BRICS CONDEMNS USA", "ISR ATTACKS IRN", "USA ATTACKS IRN"]),
 ("Narendra Modi, who attended in person, also travelled to Argentina, Ghana and Namibia on the trip.", ["person:narendra-modi MEETS ARG", "person:narendra-modi MEETS GHA", "person:narendra-modi MEETS NAM"], ["person:narendra-modi MEETS BRA"]),
]
