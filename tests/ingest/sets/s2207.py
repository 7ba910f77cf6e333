DAY = "2012-05-07"
SENTS = [
 ("Vladimir Putin was sworn in as Russia's president for a third term on Monday, a day after riot police clashed with protesters in central Moscow.", ["person:vladimir-putin LEADS RUS"], []),
 ("Putin then nominated Dmitry Medvedev, his predecessor, as prime minister, completing a swap of the two top jobs.", [], ["person:dmitry-medvedev LEADS RUS"]),
 ("Putin signed a decree ordering the foreign ministry to pursue talks with the United States on missile defence.", [], ["RUS MEETS USA", "person:vladimir-putin MEETS USA"]),
 ("The Kremlin said Putin would not attend the G8 summit at Camp David this month, sending Medvedev instead.", [], ["RUS MEMBER_OF org:G7"]),
 ("Chinese President Hu Jintao sent a message of congratulations, saying Beijing and Moscow were strategic partners.", ["person:hu-jintao LEADS CHN", "CHN ALLIED_WITH RUS"], ["person:hu-jintao SUPPORTS person:vladimir-putin"]),
]
