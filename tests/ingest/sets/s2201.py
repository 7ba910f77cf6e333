DAY = "1969-11-17"
SENTS = [
 ("American and Soviet negotiators opened preliminary talks on limiting strategic arms in Helsinki on Monday.", ["USA MEETS SUN"], []),
 ("The American delegation is led by Gerard Smith, the director of the Arms Control and Disarmament Agency, and the Soviet team by Deputy Foreign Minister Vladimir Semyonov.", [], []),
 ("President Kekkonen of Finland welcomed both delegations at the presidential palace.", ["person:urho-kekkonen LEADS FIN"], ["person:urho-kekkonen MEETS USA", "person:urho-kekkonen MEETS SUN"]),
 ("President Nixon said in a message that the talks could be the most momentous negotiations ever entrusted to an American delegation.", [], ["person:richard-nixon LEADS USA"]),
 ("The talks opened as American bombers continued to strike North Vietnamese supply lines in Laos.", ["USA ATTACKS VDR"], ["USA ATTACKS LAO"]),
 ("The Soviet Union supplies most of North Vietnam's heavy weapons, including the surface-to-air missiles that have downed hundreds of American planes.", ["SUN SUPPLIES_ARMS VDR"], ["VDR ATTACKS USA"]),
]
