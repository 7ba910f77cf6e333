DAY = "2017-01-13"
SENTS = [
 ("Thousands of American troops arrived in western Poland this week, the biggest deployment of US forces in Europe since the end of the Cold War.", ["USA DEPLOYS_TROOPS POL"], []),
 ("The armoured brigade, with 87 tanks and 144 Bradley fighting vehicles, will rotate through Poland, the Baltic states, Romania and Bulgaria.", [], ["USA DEPLOYS_TROOPS ROU", "USA DEPLOYS_TROOPS BGR"]),
 ("Polish Defence Minister Antoni Macierewicz welcomed the soldiers at a ceremony in Zagan, calling it a historic moment.", [], ["POL SUPPORTS USA"]),
 ("The Kremlin said the deployment threatened Russia's security because it brought a third country's forces to its borders.", [], ["RUS CONDEMNS USA", "RUS CONDEMNS POL"]),
 ("NATO is also sending four multinational battalions to Poland and the Baltic states this year.", ["org:NATO DEPLOYS_TROOPS POL"], ["org:NATO DEPLOYS_TROOPS EST", "org:NATO DEPLOYS_TROOPS LVA", "org:NATO DEPLOYS_TROOPS LTU"]),
]
