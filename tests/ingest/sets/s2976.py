DAY = "1955-09-01"
SENTS = [
 ("Israeli troops attacked the Egyptian police fortress at Khan Yunis in the Gaza Strip on Wednesday night, killing 36 Egyptians.", ["ISR ATTACKS EGY"], []),
 ("The Israeli army said the raid answered a week of attacks by Egyptian fedayeen deep inside Israel.", [], ["EGY ATTACKS ISR"]),
 ("General Burns, the chief of the United Nations truce supervisors, asked both governments to accept a cease-fire.", [], []),
 ("Egypt appealed to the Security Council and accused Israel of premeditated aggression.", ["EGY CONDEMNS ISR"], []),
 ("Britain and the United States urged Cairo and Jerusalem to pull their forces back from the demarcation line.", [], []),
]
