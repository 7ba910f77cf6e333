DAY = "1933-10-16"
SENTS = [
 ("Germany announced on Saturday that it was leaving the League of Nations and the disarmament conference in Geneva, which had refused to grant it equality in arms.", [], ["DEU CONDEMNS org:LEAGUE_OF_NATIONS"]),
 ("In a broadcast, Hitler said Germany would not accept the humiliation of being treated as a second-class nation.", [], ["person:adolf-hitler LEADS DEU"]),
 ("Sir John Simon, the British foreign secretary, said the German decision was deeply regrettable.", ["person:john-simon CONDEMNS DEU"], []),
 ("Paris called the withdrawal a threat to peace and asked London for closer staff talks.", [], ["FRA CONDEMNS DEU", "FRA MEETS GBR"]),
]
