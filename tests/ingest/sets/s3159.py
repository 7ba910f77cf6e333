DAY = "2022-02-01"
SENTS = [
 ("Soldiers led by Lieutenant Colonel Paul-Henri Sandaogo Damiba overthrew President Roch Marc Christian Kabore of Burkina Faso last week, blaming him for failing to stop jihadist attacks.", ["person:roch-marc-christian-kabore LEADS BFA"], ["person:paul-henri-sandaogo-damiba LEADS BFA"]),
 ("West African leaders meeting by video link on Friday barred Burkina Faso from the bodies of their regional bloc, ECOWAS, without imposing sanctions.", ["BFA MEMBER_OF org:ECOWAS"], []),
 ("Demonstrators in Ouagadougou waved Russian flags and called for help from the Wagner group, whose fighters are already deployed in neighbouring Mali.", ["org:WAGNER DEPLOYS_TROOPS MLI"], []),
 ("About 400 French special forces soldiers are based near Ouagadougou, and Paris said they would remain for now.", ["FRA DEPLOYS_TROOPS BFA"], []),
]
