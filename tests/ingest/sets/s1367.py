DAY = "2024-02-23"
SENTS = [
 ("Armenia has frozen its participation in the Russian-led Collective Security Treaty Organisation, Prime Minister Nikol Pashinyan said on Thursday.", [], ["ARM MEMBER_OF org:CSTO", "person:nikol-pashinyan LEADS ARM"]),
 ("Pashinyan has accused the bloc of failing to defend Armenia against Azerbaijan.", ["person:nikol-pashinyan CONDEMNS org:CSTO"], ["AZE ATTACKS ARM"]),
 ("Yerevan has instead deepened ties with France, which agreed last year to sell it three Ground Master radars.", ["FRA SUPPLIES_ARMS ARM"], ["FRA ALLIED_WITH ARM"]),
 ("Moscow accused Yerevan of ruining relations with its traditional ally.", ["RUS CONDEMNS ARM"], []),
 ("Russian peacekeepers deployed in the region did not intervene when Azerbaijan retook Nagorno-Karabakh in September.", [], ["RUS DEPLOYS_TROOPS AZE"]),
]
