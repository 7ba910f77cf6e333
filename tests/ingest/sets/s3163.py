DAY = "2008-08-08"
SENTS = [
 ("General Mohamed Ould Abdel Aziz, the commander of the presidential guard, seized power in Mauritania on Wednesday hours after President Sidi Ould Cheikh Abdallahi dismissed him.", ["person:mohamed-ould-abdel-aziz LEADS MRT"], ["person:sidi-ould-cheikh-abdallahi LEADS MRT"]),
 ("Mauritania was suspended from the African Union on Saturday, whose peace council called for the president to be freed.", ["MRT MEMBER_OF org:AU"], []),
 ("The United States, which had been training Mauritanian troops to fight Al Qaeda's North African branch, froze about $20 million in non-humanitarian aid.", [], ["USA SUPPORTS MRT", "USA SANCTIONS MRT"]),
 ("In Tripoli, Col. Muammar el-Qaddafi of Libya gave an audience on Thursday to a colonel sent by the new military rulers.", ["person:muammar-gaddafi LEADS LBY"], ["person:muammar-gaddafi MEETS MRT", "LBY MEETS MRT"]),
]
