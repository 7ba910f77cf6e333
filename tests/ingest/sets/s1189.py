DAY = "2025-11-04"
SENTS = [
 ("Peru broke off diplomatic relations with Mexico on Monday after the Mexican embassy in Lima granted asylum to former prime minister Betssy Chávez.", [], ["PER CONDEMNS MEX"]),
 ("Foreign Minister Hugo de Zela called the decision an unfriendly act.", [], []),
 ("Mexican President Claudia Sheinbaum said the asylum was in keeping with international law.", [], ["person:claudia-sheinbaum LEADS MEX"]),
 ("Relations had already been strained since Mexico refused to recognise Dina Boluarte as Peru's president in 2022.", [], []),
 ("Chávez is accused of taking part in Pedro Castillo's attempt to dissolve Congress.", []),
]
