DAY = "1951-12-24"
SENTS = [
 ("Libya became an independent kingdom today, the first state created by the United Nations, with King Idris as its sovereign.", ["person:idris LEADS LBY"], []),
 ("Britain, which governed Tripolitania and Cyrenaica after the war, will keep troops in the country under a treaty now being negotiated.", [], ["GBR DEPLOYS_TROOPS LBY"]),
 ("The United States has the use of Wheelus Field, a large air base near Tripoli.", [], ["USA DEPLOYS_TROOPS LBY"]),
 ("Egypt, which had claimed a say in the future of Cyrenaica, sent a delegation to the ceremonies in Benghazi.", [], ["EGY MEETS LBY"]),
 ("The Soviet Union has opposed Libya's admission to the United Nations while Western troops remain on its soil.", [], ["bloc:WEST DEPLOYS_TROOPS LBY", "SUN CONDEMNS LBY"]),
]
