DAY = "1983-11-24"
SENTS = [
 ("The Soviet Union walked out of the Geneva talks on limiting medium-range nuclear missiles on Wednesday, a day after the West German parliament approved the deployment of American Pershing 2 missiles.", [], ["SUN MEETS USA", "SUN CONDEMNS USA", "USA DEPLOYS_TROOPS DEU"]),
 ("The first nine Pershings arrived at an American base in West Germany on Wednesday.", ["USA DEPLOYS_TROOPS DEU"], []),
 ("Soviet leader Yuri Andropov said Moscow would deploy more missiles in East Germany and Czechoslovakia in response.", ["person:yuri-andropov LEADS SUN"], ["SUN DEPLOYS_TROOPS DDR", "SUN DEPLOYS_TROOPS CSK"]),
 ("Chancellor Helmut Kohl said West Germany remained committed to negotiations.", [], ["person:helmut-kohl LEADS DEU"]),
 ("Britain and Italy have also begun receiving cruise missiles under NATO's 1979 decision.", [], ["USA SUPPLIES_ARMS GBR", "USA SUPPLIES_ARMS ITA", "GBR MEMBER_OF org:NATO", "ITA MEMBER_OF org:NATO"]),
]
