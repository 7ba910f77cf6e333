DAY = "2022-06-24"
SENTS = [
 ("European Union leaders granted Ukraine and Moldova the status of candidates for membership on Thursday, a step that Ukrainian President Volodymyr Zelensky called a unique and historic moment.", ["person:volodymyr-zelensky LEADS UKR"], ["org:EU SUPPORTS UKR", "org:EU SUPPORTS MDA"]),
 ("Georgia was told it would have to carry out reforms before it could become a candidate.", [], []),
 ("The decision starts a process that is likely to take many years, and both countries will have to meet strict conditions on the rule of law.", [], []),
 ("European Council President Charles Michel said the EU's future was also Ukraine's and Moldova's.", ["person:charles-michel LEADS org:EUCO"], []),
 ("Russia, which invaded Ukraine in February, said the move amounted to the EU's enlargement at the expense of its neighbours.", ["RUS ATTACKS UKR"], ["RUS CONDEMNS org:EU"]),
 ("Moldovan President Maia Sandu thanked the EU for its support.", ["person:maia-sandu LEADS MDA"], ["org:EU SUPPORTS MDA"]),
]
