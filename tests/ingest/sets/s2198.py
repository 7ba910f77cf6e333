DAY = "1995-01-01"
SENTS = [
 ("Austria, Finland and Sweden joined the European Union on Sunday, bringing its membership to 15 countries.", ["AUT MEMBER_OF org:EU", "FIN MEMBER_OF org:EU", "SWE MEMBER_OF org:EU"], []),
 ("Norway, whose voters said no for the second time in November, remains outside.", [], []),
 ("Swedish Prime Minister Ingvar Carlsson said membership would not change his country's policy of military non-alignment.", ["person:ingvar-carlsson LEADS SWE"], []),
 ("Finland, which shares a 1,300-kilometre border with Russia, has said it will not seek to join NATO.", [], []),
 ("Austria's Chancellor Franz Vranitzky said the country's neutrality remained compatible with membership.", ["person:franz-vranitzky LEADS AUT"], []),
 ("Jacques Santer, a former prime minister of Luxembourg, will take over as president of the European Commission this month.", [], ["person:jacques-santer LEADS org:EU"]),
]
