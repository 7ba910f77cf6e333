DAY = "2012-03-26"
SENTS = [
 ("President Barack Obama was overheard telling Russian President Dmitry Medvedev in Seoul on Monday that he would have more flexibility on missile defence after the November election.", ["person:barack-obama MEETS person:dmitry-medvedev", "person:dmitry-medvedev LEADS RUS"], ["person:barack-obama LEADS USA", "person:barack-obama MEETS KOR", "person:dmitry-medvedev MEETS KOR"]),
 ("Medvedev replied that he would transmit the message to Vladimir Putin, who returns to the Kremlin in May.", [], ["person:vladimir-putin LEADS RUS"]),
 ("Obama, who visited the demilitarized zone on Sunday, warned North Korea that a planned rocket launch would deepen its isolation.", [], ["person:barack-obama CONDEMNS PRK"]),
 ("Chinese President Hu Jintao told Obama during talks on the sidelines of the nuclear security summit that Beijing was concerned about the launch and had raised it with Pyongyang.", ["person:hu-jintao LEADS CHN", "person:hu-jintao MEETS person:barack-obama"], ["CHN MEETS PRK", "CHN CONDEMNS PRK"]),
 ("More than 50 world leaders attended the summit, which aims to secure vulnerable nuclear material around the world.", [], []),
]
