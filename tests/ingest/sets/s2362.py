DAY = "2012-05-10"
SENTS = [
 ("Vladimir Putin will skip the Group of Eight summit at Camp David next week and send Prime Minister Dmitry Medvedev instead, the Kremlin said on Wednesday.", [], ["person:dmitry-medvedev MEETS USA", "person:dmitry-medvedev LEADS RUS", "person:vladimir-putin MEETS org:G8"]),
 ("The Kremlin said Putin needed to finish forming his new cabinet, but analysts saw a snub to Barack Obama.", [], ["RUS CONDEMNS USA", "person:vladimir-putin CONDEMNS person:barack-obama"]),
 ("Obama called Putin to congratulate him on his inauguration and invited him to Washington.", ["person:barack-obama MEETS person:vladimir-putin", "person:barack-obama SUPPORTS person:vladimir-putin"], ["person:vladimir-putin MEETS USA"]),
 ("Relations have been strained by American plans for missile defence in Europe and by disagreements over Syria.", [], []),
 ("Russia and China have vetoed two UN resolutions threatening sanctions against the Syrian government.", ["RUS VETOES SYR", "CHN VETOES SYR"], []),
 ("Putin is expected to meet Obama at the G20 summit in Mexico in June.", [], ["person:vladimir-putin MEETS person:barack-obama", "person:vladimir-putin MEETS MEX"]),
]
