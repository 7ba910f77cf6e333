DAY = "2000-09-05"
SENTS = [
 ("Russian President Vladimir Putin arrived in Tokyo on Sunday for three days of talks, his first visit to Japan since he took office in May.", ["person:vladimir-putin LEADS RUS", "person:vladimir-putin MEETS JPN"], []),
 ("Putin and Japanese Prime Minister Yoshiro Mori signed fifteen agreements on Tuesday, among them a programme of economic cooperation, but made no progress toward a peace treaty.", ["person:vladimir-putin MEETS person:yoshiro-mori", "person:yoshiro-mori LEADS JPN"], ["JPN TRADES_WITH RUS", "JPN MEETS RUS"]),
 ("The two countries never signed a treaty after the Second World War because of a dispute over four islands off Hokkaido that Soviet troops seized in 1945.", [], []),
 ("Putin also called on Emperor Akihito at the Imperial Palace and spoke to Japanese business leaders about investing in Siberia.", ["person:vladimir-putin MEETS person:akihito"], []),
 ("Japan has lent Russia more than $5 billion since the collapse of the Soviet Union.", ["JPN SUPPORTS RUS"], []),
]
