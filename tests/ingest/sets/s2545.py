DAY = "2000-02-05"
SENTS = [
 ("The fourteen other members of the European Union froze bilateral political contacts with Austria on Friday after Joerg Haider's far-right Freedom Party entered the government.", [], ["org:EU SANCTIONS AUT"]),
 ("Israel recalled its ambassador from Vienna in protest, and Washington said it would limit its contacts with the new cabinet.", ["ISR CONDEMNS AUT"], ["USA SANCTIONS AUT", "USA CONDEMNS AUT"]),
 ("Chancellor Wolfgang Schuessel, whose conservatives formed the coalition, said the country would not be isolated.", [], ["person:wolfgang-schussel LEADS AUT"]),
 ("Belgium's foreign minister told Belgians there was no point in taking skiing holidays in Austria any more.", [], ["BEL CONDEMNS AUT"]),
 ("Haider has praised the employment policies of the Third Reich and called veterans of the Waffen SS decent men.", [], []),
]
