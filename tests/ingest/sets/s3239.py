DAY = "1982-07-07"
SENTS = [
 ("President Reagan said on Tuesday that he had agreed in principle to send a small contingent of Marines to Beirut to help oversee the departure of Palestinian guerrillas from the city.", [], ["USA DEPLOYS_TROOPS LBN", "person:ronald-reagan LEADS USA"]),
 ("Israeli gunboats and artillery shelled west Beirut for several hours, and guns of the Palestine Liberation Organization answered from inside the besieged half of the capital.", ["ISR ATTACKS LBN"], ["ISR ATTACKS org:PLO", "org:PLO ATTACKS ISR"]),
 ("Syria, whose troops in Beirut are trapped with the guerrillas, said it would not take in the PLO fighters.", ["SYR DEPLOYS_TROOPS LBN"], []),
 ("Egypt and Jordan also declined to receive them.", [], []),
]
