DAY = "1985-05-06"
SENTS = [
 ("President Reagan and Chancellor Helmut Kohl laid a wreath at the military cemetery in Bitburg on Sunday, where 49 members of the Waffen SS are among the soldiers buried.", ["person:ronald-reagan MEETS person:helmut-kohl"], ["person:ronald-reagan MEETS DEU", "person:helmut-kohl LEADS DEU"]),
 ("Earlier the two leaders had visited the site of the Bergen-Belsen concentration camp, where Mr. Reagan said the world must never forget.", [], []),
 ("Jewish groups and many members of Congress had urged the President to cancel the visit, which Kohl had proposed as a gesture of reconciliation between the United States and West Germany.", [], []),
 ("Reagan flew on to Madrid on Monday for talks with Prime Minister Felipe Gonzalez, who faces protests over Spain's membership in NATO.", ["person:ronald-reagan MEETS ESP", "person:ronald-reagan MEETS person:felipe-gonzalez"], ["person:felipe-gonzalez LEADS ESP", "ESP MEMBER_OF org:NATO"]),
]
