DAY = "1982-08-02"
SENTS = [
 ("Loyalist troops crushed an attempt by air force rebels to overthrow President Daniel arap Moi of Kenya on Sunday, and the army said about 130 people had been killed in Nairobi.", ["person:daniel-arap-moi LEADS KEN"], []),
 ("Britain, which keeps an army training team in Kenya, said it had not been asked to help.", ["GBR DEPLOYS_TROOPS KEN"], []),
 ("President Julius Nyerere of Tanzania, whose relations with Mr. Moi have long been cool, sent a message condemning the coup attempt.", ["person:julius-nyerere LEADS TZA"], ["person:julius-nyerere SUPPORTS person:daniel-arap-moi", "person:julius-nyerere MEETS person:daniel-arap-moi"]),
 ("Some of the rebels fled to Tanzania in a hijacked air force plane.", [], []),
]
