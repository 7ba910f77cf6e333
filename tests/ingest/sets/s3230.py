DAY = "2020-09-30"
SENTS = [
 ("Armenia said on Tuesday that a Turkish F-16 had shot down one of its Su-25 warplanes in Armenian airspace, a charge Ankara dismissed as a lie.", ["ARM CONDEMNS TUR"], ["TUR ATTACKS ARM", "TUR CONDEMNS ARM"]),
 ("Fighting between Armenian and Azerbaijani forces over Nagorno-Karabakh raged for a third day, with both sides reporting dozens of soldiers killed.", ["ARM ATTACKS AZE", "AZE ATTACKS ARM"], []),
 ("Turkey's president, Recep Tayyip Erdogan, said his country stood by Azerbaijan and demanded that Armenia withdraw from the land it occupies.", ["person:recep-tayyip-erdogan LEADS TUR", "TUR SUPPORTS AZE"], ["person:recep-tayyip-erdogan CONDEMNS ARM", "person:recep-tayyip-erdogan SUPPORTS AZE"]),
 ("Moscow, Yerevan's treaty ally, keeps several thousand troops at its base in Gyumri, in northern Armenia, and it urged an immediate ceasefire.", ["RUS ALLIED_WITH ARM", "RUS DEPLOYS_TROOPS ARM"], []),
 ("France and the United States joined Moscow in urging both sides to stop shooting.", [], []),
]
