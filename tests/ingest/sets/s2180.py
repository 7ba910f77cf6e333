DAY = "1966-06-21"
SENTS = [
 ("President Charles de Gaulle arrived in Moscow on Monday for an eleven-day visit, the first by a Western head of state since France began withdrawing from NATO's military command.", ["person:charles-de-gaulle MEETS SUN"], ["person:charles-de-gaulle LEADS FRA", "FRA MEMBER_OF org:NATO"]),
 ("He was greeted at the airport by President Nikolai Podgorny and Premier Alexei Kosygin.", ["person:charles-de-gaulle MEETS person:nikolai-podgorny", "person:charles-de-gaulle MEETS person:alexei-kosygin"], ["person:nikolai-podgorny LEADS SUN", "person:alexei-kosygin LEADS SUN"]),
 ("De Gaulle is expected to sign agreements on scientific and space cooperation.", [], []),
 ("The United States and West Germany have watched the visit with concern.", [], []),
 ("Leonid Brezhnev, the Soviet Communist Party leader, will hold talks with de Gaulle on Wednesday.", ["person:leonid-brezhnev LEADS SUN"], ["person:leonid-brezhnev MEETS person:charles-de-gaulle"]),
]
