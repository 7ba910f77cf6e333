DAY = "2025-03-14"
SENTS = [
 ("Armenia and Azerbaijan said on Thursday that they had agreed on the text of a peace treaty to end almost four decades of conflict.", [], ["ARM ATTACKS AZE", "AZE ATTACKS ARM"]),
 ("Baku still wants Yerevan to amend its constitution, which it says lays claim to Azerbaijani land, before anything is signed.", [], ["AZE CONDEMNS ARM"]),
 ("Azerbaijan recaptured Nagorno-Karabakh in a one-day offensive in September 2023, and almost all of its 100,000 Armenians fled.", [], []),
 ("Prime Minister Nikol Pashinyan, who has turned away from Moscow, froze Armenia's participation in the Russian-led CSTO military bloc last year.", ["ARM MEMBER_OF org:CSTO"], ["person:nikol-pashinyan LEADS ARM", "RUS MEMBER_OF org:CSTO"]),
]
