DAY = "1945-02-13"
SENTS = [
 ("Prime Minister Churchill, President Roosevelt and Marshal Stalin have agreed at their Crimea conference to occupy Germany in separate zones, the three governments announced last night.", [], ["GBR ATTACKS DEU", "USA ATTACKS DEU", "SUN ATTACKS DEU", "person:winston-churchill MEETS person:franklin-d-roosevelt", "person:winston-churchill MEETS person:joseph-stalin", "person:franklin-d-roosevelt MEETS person:joseph-stalin", "person:winston-churchill LEADS GBR", "person:franklin-d-roosevelt LEADS USA", "person:joseph-stalin LEADS SUN"]),
 ("France is to be invited to take over a zone of her own and to sit on the control commission in Berlin.", [], []),
 ("Heavy bombers of the Royal Air Force and the American Eighth Air Force attacked Dresden, the German rail centre behind the eastern front, by night and by day.", ["GBR ATTACKS DEU", "USA ATTACKS DEU"], []),
 ("Russian troops cleared the last German units from Budapest after a siege of fifty days.", ["SUN ATTACKS DEU"], ["SUN DEPLOYS_TROOPS HUN"]),
 ("Washington has shipped more than four billion dollars' worth of tanks, aircraft and trucks to the Soviet Union under Lend-Lease.", ["USA SUPPLIES_ARMS SUN"], ["USA SUPPORTS SUN"]),
]
