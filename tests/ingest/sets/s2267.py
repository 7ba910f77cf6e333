DAY = "2008-11-05"
SENTS = [
 ("Barack Obama was elected the first African-American president of the United States on Tuesday, defeating Senator John McCain.", [], ["person:barack-obama LEADS USA"]),
 ("President Dmitry Medvedev of Russia, in his first state of the nation address hours later, said Moscow would deploy missiles in Kaliningrad to counter American plans in Europe.", ["person:dmitry-medvedev LEADS RUS"], ["person:dmitry-medvedev CONDEMNS USA", "RUS CONDEMNS USA"]),
 ("Kenya, where Obama's father was born, declared a national holiday.", [], []),
 ("President Nicolas Sarkozy of France, which holds the European Union's rotating presidency, said Obama's victory raised enormous hopes in Europe.", ["person:nicolas-sarkozy LEADS FRA", "FRA MEMBER_OF org:EU"], []),
 ("Israel's Prime Minister Ehud Olmert telephoned Obama to congratulate him.", ["person:ehud-olmert LEADS ISR", "person:barack-obama MEETS person:ehud-olmert"], ["person:ehud-olmert SUPPORTS person:barack-obama"]),
]
