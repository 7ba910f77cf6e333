DAY = "1966-05-10"
SENTS = [
 ("China exploded its third nuclear device yesterday, a weapon that American officials said contained thermonuclear material.", [], []),
 ("The test was carried out at Lop Nor in Sinkiang.", [], []),
 ("Japan protested to Peking as radioactive rain was reported over Kyushu.", ["JPN CONDEMNS CHN"], []),
 ("The Soviet Union, whose quarrel with Peking has deepened, made no comment.", [], []),
 ("India's Prime Minister, Indira Gandhi, called the test a threat to the peace of Asia.", ["person:indira-gandhi LEADS IND"], ["person:indira-gandhi CONDEMNS CHN"]),
]
