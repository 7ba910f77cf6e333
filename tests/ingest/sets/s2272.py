DAY = "2010-12-10"
SENTS = [
 ("The Nobel Peace Prize was awarded in Oslo on Friday to an empty chair, because the winner, the jailed Chinese dissident Liu Xiaobo, could not attend.", [], []),
 ("Thorbjorn Jagland, the chairman of the Nobel committee, said Liu should be freed.", [], []),
 ("China, which called the award a farce, persuaded about 18 countries including Russia, Pakistan and Saudi Arabia to stay away from the ceremony.", [], ["CHN CONDEMNS NOR", "RUS SUPPORTS CHN", "PAK SUPPORTS CHN", "SAU SUPPORTS CHN"]),
 ("Beijing suspended talks on a free trade agreement with Norway after the prize was announced in October.", ["CHN SANCTIONS NOR"], ["CHN TRADES_WITH NOR"]),
 ("President Barack Obama, last year's winner, called for Liu's release.", [], ["person:barack-obama CONDEMNS CHN", "person:barack-obama LEADS USA"]),
]
