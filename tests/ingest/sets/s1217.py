DAY = "2015-11-25"
SENTS = [
 ("A Turkish F-16 shot down a Russian Su-24 bomber near the Syrian border on Tuesday, the first time a NATO member has downed a Russian warplane in half a century.", ["TUR ATTACKS RUS"], []),
 ("Ankara said the jet had violated its airspace ten times in five minutes despite repeated warnings.", [], ["TUR CONDEMNS RUS"]),
 ("Vladimir Putin called the downing a stab in the back by the accomplices of terrorists.", [], ["person:vladimir-putin CONDEMNS TUR"]),
 ("Russia has been bombing rebel-held areas of Syria since September in support of Bashar al-Assad.", ["RUS ATTACKS SYR", "RUS SUPPORTS person:bashar-al-assad"], []),
 ("Moscow later imposed economic sanctions on Turkey, banning imports of Turkish fruit and vegetables and halting charter flights.", ["RUS SANCTIONS TUR"]),
]
