DAY = "1990-04-14"
SENTS = [
 ("The Soviet Union admitted on Friday that its secret police killed thousands of Polish officers in the Katyn forest in 1940, ending nearly half a century of denial.", [], ["SUN ATTACKS POL"]),
 ("Mikhail Gorbachev handed President Wojciech Jaruzelski of Poland documents on the massacre during talks in the Kremlin.", ["person:mikhail-gorbachev MEETS person:wojciech-jaruzelski", "person:wojciech-jaruzelski LEADS POL"], ["person:wojciech-jaruzelski MEETS SUN", "person:mikhail-gorbachev LEADS SUN"]),
 ("Moscow had long blamed the killings on Nazi Germany.", [], ["SUN CONDEMNS DEU"]),
 ("Poland, which holds its first fully free parliamentary elections next year, wants the 40,000 Soviet troops still on its soil withdrawn.", ["SUN DEPLOYS_TROOPS POL"], ["POL CONDEMNS SUN"]),
]
