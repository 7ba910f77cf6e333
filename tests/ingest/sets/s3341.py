DAY = "1944-08-26"
SENTS = [
 ("King Michael of Rumania dismissed and arrested Marshal Antonescu on Wednesday night and announced that his country had accepted the Allied armistice terms.", ["person:michael LEADS ROU"], []),
 ("German aircraft bombed the royal palace and the centre of Bucharest on Thursday, and Rumania declared war on Germany a day later.", ["DEU ATTACKS ROU", "ROU ATTACKS DEU"], []),
 ("Rumanian troops are disarming German units around Ploesti while Soviet armies pour through the gap in the front towards the Danube.", ["ROU ATTACKS DEU"], ["SUN DEPLOYS_TROOPS ROU"]),
 ("Moscow radio welcomed the king's decision and said the Red Army would help the Rumanians drive out the Germans.", [], ["SUN SUPPORTS ROU", "SUN ATTACKS DEU", "ROU ATTACKS DEU"]),
 ("Hungary, still at Germany's side, has closed its frontier with Rumania.", ["HUN SUPPORTS DEU"], ["HUN CONDEMNS ROU"]),
]
