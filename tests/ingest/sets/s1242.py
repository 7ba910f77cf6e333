DAY = "2025-07-15"
SENTS = [
 ("Armenian Prime Minister Nikol Pashinyan held unprecedented talks with Recep Tayyip Erdogan in Istanbul in June.", ["person:nikol-pashinyan MEETS person:recep-tayyip-erdogan", "person:nikol-pashinyan LEADS ARM"], ["person:nikol-pashinyan MEETS TUR"]),
 ("Turkey closed its border with Armenia in 1993 in solidarity with Azerbaijan.", [], ["TUR SUPPORTS AZE", "TUR SANCTIONS ARM"]),
 ("The two countries have no diplomatic relations, but special envoys have met several times since 2022.", [], ["ARM MEETS TUR"]),
 ("Ankara has tied normalisation to a peace treaty between Armenia and Azerbaijan, its closest ally.", ["TUR ALLIED_WITH AZE"], []),
 ("Charter flights between Yerevan and Istanbul resumed in 2022.", [], []),
]
