DAY = "2022-12-13"
SENTS = [
 ("Peru's Congress removed President Pedro Castillo last week after he tried to dissolve it, and he was arrested on his way to the Mexican embassy in Lima.", [], ["person:pedro-castillo LEADS PER"]),
 ("Mexican President Andres Manuel Lopez Obrador said Castillo had been the victim of a coup and offered him asylum.", ["person:andres-manuel-lopez-obrador LEADS MEX"], ["person:andres-manuel-lopez-obrador SUPPORTS person:pedro-castillo", "person:andres-manuel-lopez-obrador CONDEMNS PER"]),
 ("Peru declared Mexico's ambassador persona non grata and gave him 72 hours to leave, accusing Mexico of interfering in its internal affairs.", ["PER CONDEMNS MEX"], []),
 ("The governments of Argentina, Bolivia and Colombia issued a joint statement saying Castillo had been the victim of undemocratic harassment.", [], ["ARG SUPPORTS person:pedro-castillo", "BOL SUPPORTS person:pedro-castillo", "COL SUPPORTS person:pedro-castillo"]),
 ("The United States said it recognised Dina Boluarte as Peru's constitutional president.", ["USA SUPPORTS person:dina-boluarte"], ["person:dina-boluarte LEADS PER"]),
]
