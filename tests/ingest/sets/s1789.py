DAY = "1975-08-01"
SENTS = [
 ("Leaders of 35 nations, including President Gerald Ford and Soviet leader Leonid Brezhnev, signed the Final Act of the Conference on Security and Cooperation in Europe in Helsinki on Friday.", ["person:leonid-brezhnev LEADS SUN"], ["person:gerald-ford LEADS USA", "person:gerald-ford MEETS person:leonid-brezhnev", "person:gerald-ford MEETS FIN", "person:leonid-brezhnev MEETS FIN"]),
 ("Ford and Brezhnev met twice during the three-day conference to discuss a new strategic arms limitation treaty.", ["person:gerald-ford MEETS person:leonid-brezhnev"], []),
 ("The accord recognises Europe's postwar borders, a longtime Soviet goal, while committing the signatories to respect human rights.", [], []),
 ("Critics in the United States accused Ford of accepting Soviet domination of Eastern Europe.", [], []),
 ("Turkish Prime Minister Suleyman Demirel and Greek Prime Minister Constantine Karamanlis held talks on Cyprus on the sidelines of the conference.", ["person:suleyman-demirel LEADS TUR", "person:constantine-karamanlis LEADS GRC", "person:suleyman-demirel MEETS person:constantine-karamanlis"], []),
]
