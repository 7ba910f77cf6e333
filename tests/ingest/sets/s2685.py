DAY = "1980-06-23"
SENTS = [
 ("Leaders of the seven major industrial democracies, meeting in Venice, condemned the Soviet occupation of Afghanistan on Sunday as unacceptable and demanded the complete withdrawal of Soviet troops.", ["SUN ATTACKS AFG", "SUN DEPLOYS_TROOPS AFG"], ["org:G7 CONDEMNS SUN"]),
 ("President Carter, who has led the boycott of the Moscow Olympics, won the backing of Chancellor Helmut Schmidt and Prime Minister Margaret Thatcher for the statement.", [], ["person:jimmy-carter LEADS USA", "person:helmut-schmidt SUPPORTS person:jimmy-carter", "person:margaret-thatcher SUPPORTS person:jimmy-carter"]),
 ("The summit coincided with an announcement from Moscow that it would pull some of its units out of Afghanistan.", ["SUN DEPLOYS_TROOPS AFG"], []),
 ("Japan was represented by its foreign minister, Saburo Okita, after the death of Prime Minister Masayoshi Ohira this month.", [], []),
]
