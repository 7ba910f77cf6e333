DAY = "2022-10-06"
SENTS = [
 ("Opec+ agreed on Wednesday to cut oil output by two million barrels a day, a move that will lift prices and swell Russia's revenues.", [], ["RUS MEMBER_OF org:OPEC"]),
 ("The White House said President Joe Biden was disappointed by the shortsighted decision, which it said was aligned with Russia.", [], ["person:joe-biden CONDEMNS org:OPEC", "USA CONDEMNS org:OPEC", "person:joe-biden LEADS USA"]),
 ("Saudi Arabia, the group's de facto leader, rejected claims that it had sided with Moscow and said the cut was purely economic.", [], ["SAU MEMBER_OF org:OPEC", "SAU SUPPORTS RUS"]),
 ("Democratic lawmakers called for a freeze on all arms sales to Riyadh in response.", [], ["USA SUPPLIES_ARMS SAU"]),
 ("Biden had visited the kingdom in July and met Crown Prince Mohammed bin Salman despite criticism over the killing of Jamal Khashoggi.", ["person:joe-biden MEETS SAU", "person:joe-biden MEETS person:mohammed-bin-salman"], []),
]
