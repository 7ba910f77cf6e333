DAY = "1992-07-22"
SENTS = [
 ("Russia's president, Boris Yeltsin, and his Moldovan counterpart, Mircea Snegur, signed a ceasefire deal for the Dniester region in Moscow on Tuesday; Slavic separatists there have fought Moldovan forces since March.", ["person:boris-yeltsin LEADS RUS", "person:mircea-snegur LEADS MDA", "person:mircea-snegur MEETS RUS"], ["person:boris-yeltsin MEETS person:mircea-snegur"]),
 ("Under the accord, Russian, Moldovan and Dniester troops will form a joint peacekeeping force to patrol a security zone along the river.", [], ["RUS DEPLOYS_TROOPS MDA"]),
 ("Mr Snegur has accused Russia's 14th Army, which is based in the region, of arming the separatists and of joining their attacks on Bendery last month.", ["person:mircea-snegur CONDEMNS RUS"], ["RUS DEPLOYS_TROOPS MDA"]),
 ("The army's new commander, General Alexander Lebed, has warned Chisinau that his men will defend the region's Russian speakers.", [], ["RUS CONDEMNS MDA"]),
 ("Romania, which shares a language with most Moldovans, has sent the government weapons and volunteers.", [], ["ROU SUPPLIES_ARMS MDA", "ROU SUPPORTS MDA"]),
]
