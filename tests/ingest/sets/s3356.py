DAY = "1934-10-12"
SENTS = [
 ("King Alexander of Yugoslavia and the French foreign minister, Louis Barthou, were shot dead in Marseilles on Tuesday soon after the king landed for a state visit to France.", ["person:alexander MEETS FRA", "person:alexander LEADS YUG"], []),
 ("The assassin was a Macedonian terrorist working for the Croat separatists of the Ustasha, whose camps in Hungary Belgrade has long complained of.", [], ["YUG CONDEMNS HUN"]),
 ("The Yugoslav government accused Hungary of sheltering and training the killers and said it would bring the matter before the League of Nations.", ["YUG CONDEMNS HUN"], []),
 ("Budapest rejected the charge as an attempt to blacken Hungary's name.", [], ["HUN CONDEMNS YUG"]),
 ("Mussolini, who has given refuge to the Ustasha leader Pavelic in Italy, sent condolences to Belgrade.", ["person:benito-mussolini SUPPORTS person:pavelic"], ["ITA SUPPORTS person:pavelic", "person:benito-mussolini MEETS YUG"]),
]
