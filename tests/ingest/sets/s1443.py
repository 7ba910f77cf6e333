DAY = "2019-12-12"
SENTS = [
 ("Gambia asked the International Court of Justice on Tuesday to order Myanmar to stop what it called genocide against the Rohingya.", ["GMB CONDEMNS MMR"], []),
 ("The case was brought on behalf of the 57-member Organisation of Islamic Cooperation.", [], ["GMB MEMBER_OF org:OIC"]),
 ("Aung San Suu Kyi led Myanmar's defence team in The Hague and rejected the accusations as incomplete and misleading.", [], ["MMR CONDEMNS GMB"]),
 ("More than 700,000 Rohingya fled to Bangladesh after a military crackdown in 2017.", [], []),
 ("Canada and the Netherlands later joined the case in support of Gambia.", ["CAN SUPPORTS GMB", "NLD SUPPORTS GMB"], ["CAN CONDEMNS MMR", "NLD CONDEMNS MMR"]),
]
