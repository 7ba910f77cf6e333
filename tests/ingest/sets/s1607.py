DAY = "2015-10-01"
SENTS = [
 ("Russian jets carried out their first air strikes in Syria on Wednesday, hitting targets around Homs and Hama from a base near Latakia.", [], ["RUS DEPLOYS_TROOPS SYR", "RUS ATTACKS SYR"]),
 ("The upper house of parliament voted unanimously to allow Vladimir Putin to use the air force abroad, after President Bashar al-Assad asked for military help.", [], ["RUS SUPPORTS SYR", "person:bashar-al-assad LEADS SYR"]),
 ("US Defence Secretary Ash Carter said Moscow was pouring gasoline on the fire by striking groups other than Islamic State.", ["person:ash-carter CONDEMNS RUS"], []),
 ("France said the strikes had hit moderate rebels trained by its allies, and Turkey complained that Russian jets had entered its airspace.", [], ["TUR CONDEMNS RUS"]),
 ("Iran, which has sent military advisers to fight alongside Assad's forces, welcomed the Russian intervention.", ["IRN DEPLOYS_TROOPS SYR", "IRN SUPPORTS RUS"], ["IRN SUPPORTS person:bashar-al-assad"]),
]
