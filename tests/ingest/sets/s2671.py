DAY = "1983-06-17"
SENTS = [
 ("Pope John Paul II arrived in Warsaw on Thursday for his second visit to his homeland as pontiff and was received by General Wojciech Jaruzelski, the Polish leader, at the Belvedere Palace.", ["person:john-paul-ii MEETS POL", "person:john-paul-ii MEETS person:wojciech-jaruzelski", "person:wojciech-jaruzelski LEADS POL"], []),
 ("The general, who imposed martial law in December 1981, said the government hoped the visit would help national reconciliation.", [], []),
 ("Washington, which imposed economic sanctions on Poland after the crackdown, said it would judge the government by whether it freed its political prisoners.", ["USA SANCTIONS POL"], []),
 ("The Pope is expected to meet Lech Walesa, the leader of the outlawed Solidarity union, in the Tatra mountains next week.", [], ["person:john-paul-ii MEETS person:lech-walesa"]),
]
