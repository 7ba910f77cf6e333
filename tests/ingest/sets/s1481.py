DAY = "2015-11-24"
SENTS = [
 ("Turkish F-16 fighter jets shot down a Russian warplane near the Syrian border on Tuesday, saying it had violated Turkish airspace despite repeated warnings.", ["TUR ATTACKS RUS"], ["TUR CONDEMNS RUS"]),
 ("Vladimir Putin called the downing a stab in the back delivered by the accomplices of terrorists and warned of serious consequences for relations with Ankara.", [], ["person:vladimir-putin CONDEMNS TUR", "person:vladimir-putin LEADS RUS"]),
 ("Russia later imposed economic sanctions on Turkey, banning imports of Turkish fruit and vegetables and halting charter flights.", ["RUS SANCTIONS TUR"], ["RUS TRADES_WITH TUR"]),
 ("At Turkey's request NATO ambassadors met in Brussels, and the alliance, of which Turkey has been a member since 1952, voiced solidarity with Ankara.", ["TUR MEMBER_OF org:NATO", "org:NATO SUPPORTS TUR"], []),
 ("President Recep Tayyip Erdogan refused to apologise, saying Turkey had the right to defend its borders.", ["person:recep-tayyip-erdogan LEADS TUR"], []),
]
