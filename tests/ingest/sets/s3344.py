DAY = "1923-09-01"
SENTS = [
 ("Italian warships bombarded the old fortress of Corfu on Friday and Italian marines landed and occupied the island, killing about fifteen refugees.", ["ITA ATTACKS GRC"], ["ITA DEPLOYS_TROOPS GRC"]),
 ("Mussolini had demanded an apology and an indemnity of fifty million lire from Athens after an Italian general and his staff were murdered on Greek soil while marking the Albanian frontier.", [], ["ITA CONDEMNS GRC", "person:benito-mussolini LEADS ITA"]),
 ("Greece has appealed to the League of Nations against the Italian action, while Rome insists the dispute belongs before the Conference of Ambassadors.", ["GRC CONDEMNS ITA"], ["GRC MEETS org:LEAGUE_OF_NATIONS"]),
 ("In Athens, crowds protested outside the Italian legation, and the Greek government said it would accept any decision of the League.", [], []),
]
