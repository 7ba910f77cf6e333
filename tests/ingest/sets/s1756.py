DAY = "1989-06-06"
SENTS = [
 ("President George Bush suspended all sales of weapons to China on Monday in response to the army's assault on protesters in Tiananmen Square.", ["USA SANCTIONS CHN"], ["person:george-h-w-bush LEADS USA", "USA CONDEMNS CHN", "person:george-h-w-bush CONDEMNS CHN"]),
 ("The European Community condemned the brutal repression and froze military cooperation with Beijing.", [], ["org:EU CONDEMNS CHN", "org:EU SANCTIONS CHN"]),
 ("Hundreds, perhaps thousands, of people were killed when troops and tanks cleared the square on Sunday.", [], []),
 ("The Soviet Union, whose leader Mikhail Gorbachev visited Beijing last month, said the events were an internal matter.", ["person:mikhail-gorbachev MEETS CHN", "person:mikhail-gorbachev LEADS SUN"], []),
 ("Japan, China's biggest aid donor, said it was deeply concerned but stopped short of sanctions.", [], ["JPN SUPPORTS CHN"]),
]
