DAY = "2025-01-08"
SENTS = [
 ("Indonesia has become a full member of BRICS, Brazil announced on Monday, making it the first Southeast Asian country in the bloc.", ["IDN MEMBER_OF org:BRICS"], ["BRA MEMBER_OF org:BRICS"]),
 ("President Prabowo Subianto visited Beijing and Washington in November, weeks after taking office.", ["person:prabowo-subianto MEETS CHN", "person:prabowo-subianto MEETS USA"], ["person:prabowo-subianto LEADS IDN"]),
 ("Jakarta also applied to join the Organisation for Economic Co-operation and Development.", [], []),
 ("China is Indonesia's biggest trading partner and a major investor in its nickel industry.", ["CHN TRADES_WITH IDN"], []),
 ("The bloc expanded last year to include Egypt, Ethiopia, Iran and the United Arab Emirates.", ["EGY MEMBER_OF org:BRICS", "ETH MEMBER_OF org:BRICS", "IRN MEMBER_OF org:BRICS", "ARE MEMBER_OF org:BRICS"], []),
]
