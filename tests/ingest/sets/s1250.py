DAY = "2025-08-20"
SENTS = [
 ("Chinese Foreign Minister Wang Yi arrived in New Delhi on Monday for talks with Indian officials on the disputed border.", ["person:wang-yi MEETS IND"], []),
 ("Wang met Ajit Doval, India's national security adviser, and Subrahmanyam Jaishankar.", ["person:wang-yi MEETS person:ajit-doval", "person:wang-yi MEETS person:subrahmanyam-jaishankar"], []),
 ("The two sides agreed to resume direct flights, suspended since 2020, and to reopen border trade.", [], ["CHN TRADES_WITH IND"]),
 ("Relations collapsed after clashes in the Galwan Valley in 2020 that killed 20 Indian soldiers and at least four Chinese troops.", [], ["CHN ATTACKS IND", "IND ATTACKS CHN"]),
 ("India still blocks most Chinese investment and has banned hundreds of Chinese apps, including TikTok.", [], ["IND SANCTIONS CHN"]),
]
