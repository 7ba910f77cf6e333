DAY = "2018-11-26"
SENTS = [
 ("Russian coast guard vessels fired on and seized three Ukrainian navy ships near the Kerch Strait on Sunday, wounding several sailors.", ["RUS ATTACKS UKR"], []),
 ("A Russian tanker was parked under the bridge that links Crimea to the Russian mainland, blocking the only passage into the Sea of Azov.", [], []),
 ("President Petro Poroshenko asked parliament to impose martial law in regions bordering Russia, calling the attack an act of open aggression.", [], ["person:petro-poroshenko LEADS UKR", "person:petro-poroshenko CONDEMNS RUS"]),
 ("Moscow said the Ukrainian boats had illegally entered Russian waters and accused Kyiv of a deliberate provocation.", ["RUS CONDEMNS UKR"], []),
 ("NATO called on Russia to release the ships and their crews, and German Chancellor Angela Merkel urged restraint on both sides.", ["person:angela-merkel LEADS DEU"], ["org:NATO CONDEMNS RUS"]),
]
