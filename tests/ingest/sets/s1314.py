DAY = "2025-09-03"
SENTS = [
 ("North Korea's Kim Jong Un arrived in Beijing by armoured train on Tuesday for his first multilateral diplomatic event.", ["person:kim-jong-un MEETS CHN"], ["person:kim-jong-un LEADS PRK"]),
 ("He was accompanied by his daughter, Kim Ju Ae, whom South Korean intelligence regards as his likely successor.", [], []),
 ("Kim held talks with Xi Jinping after the parade and with Vladimir Putin at the Russian embassy.", ["person:kim-jong-un MEETS person:xi-jinping", "person:kim-jong-un MEETS person:vladimir-putin"], []),
 ("China accounts for more than 90 percent of North Korea's trade.", ["CHN TRADES_WITH PRK"]),
 ("Putin thanked Kim for sending troops to help drive Ukrainian forces out of Kursk.", [], ["person:vladimir-putin SUPPORTS person:kim-jong-un", "PRK DEPLOYS_TROOPS RUS", "person:kim-jong-un SUPPORTS RUS"]),
]
