DAY = "2024-10-18"
SENTS = [
 ("Israeli troops killed Hamas leader Yahya Sinwar in a chance encounter in the southern Gaza town of Rafah, the Israeli military said on Thursday.", ["ISR ATTACKS org:HAMAS", "person:yahya-sinwar LEADS org:HAMAS"], []),
 ("Benjamin Netanyahu said the war was not over but that Sinwar's death marked the beginning of the end for the group.", [], ["person:benjamin-netanyahu LEADS ISR"]),
 ("Iran's mission to the United Nations said Sinwar's death would strengthen the spirit of resistance.", [], ["IRN SUPPORTS org:HAMAS"]),
 ("Joe Biden called Netanyahu to congratulate him and said it was time to secure the release of the hostages.", ["person:joe-biden MEETS person:benjamin-netanyahu", "person:joe-biden SUPPORTS person:benjamin-netanyahu"], []),
 ("Hezbollah said it was entering a new phase of escalation in its war with Israel.", [], ["org:HEZBOLLAH ATTACKS ISR"]),
]
