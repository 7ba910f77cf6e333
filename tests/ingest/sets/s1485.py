DAY = "2020-11-10"
SENTS = [
 ("Azerbaijani forces, backed by Turkish-made drones, had recaptured large parts of Nagorno-Karabakh from Armenian troops during six weeks of war.", ["AZE ATTACKS ARM"], ["TUR SUPPLIES_ARMS AZE", "TUR SUPPORTS AZE"]),
 ("Armenian Prime Minister Nikol Pashinyan called the ceasefire agreement incredibly painful, and protesters stormed the parliament in Yerevan.", ["person:nikol-pashinyan LEADS ARM"], []),
 ("Russia, which has a military base in Armenia and is bound to it by a defence pact, sent the first peacekeepers to the region within hours.", ["RUS DEPLOYS_TROOPS ARM", "RUS ALLIED_WITH ARM"], []),
 ("Turkey, Azerbaijan's closest ally, hailed the deal as a great victory and said it would take part in monitoring the ceasefire from a joint centre with Russia.", ["TUR ALLIED_WITH AZE"], ["TUR SUPPORTS AZE"]),
 ("France, which co-chairs the Minsk Group with Russia and the United States, accused Turkey of sending Syrian mercenaries to fight for Azerbaijan.", ["FRA CONDEMNS TUR"], ["TUR DEPLOYS_TROOPS AZE", "TUR SUPPORTS AZE"]),
]
