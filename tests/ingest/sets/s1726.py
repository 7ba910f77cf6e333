DAY = "2022-12-20"
SENTS = [
 ("Armenia accused Azerbaijan on Tuesday of creating a humanitarian crisis by blocking the Lachin corridor, the only road linking Nagorno-Karabakh to Armenia.", ["ARM CONDEMNS AZE"], []),
 ("Azerbaijani government-backed protesters have camped on the road for more than a week, saying they are protesting against illegal mining.", [], []),
 ("Russian peacekeepers, who have guarded the corridor since the 2020 ceasefire, have not intervened.", [], ["RUS DEPLOYS_TROOPS AZE"]),
 ("Prime Minister Nikol Pashinyan accused Moscow of failing to fulfil its obligations under the ceasefire agreement.", ["person:nikol-pashinyan CONDEMNS RUS"], ["person:nikol-pashinyan LEADS ARM"]),
 ("The European Union and the United States urged Baku to restore free movement along the road.", [], ["org:EU CONDEMNS AZE", "USA CONDEMNS AZE"]),
]
