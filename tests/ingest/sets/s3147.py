DAY = "1992-05-01"
SENTS = [
 ("Young army officers led by Captain Valentine Strasser seized power in Sierra Leone on Wednesday, and President Joseph Momoh fled to neighbouring Guinea by helicopter.", ["person:valentine-strasser LEADS SLE"], ["person:joseph-momoh LEADS SLE", "person:joseph-momoh MEETS GIN"]),
 ("The officers said they had acted because the Government had failed to pay troops fighting rebels from Liberia along the eastern border.", [], []),
 ("Lagos keeps a battalion of about 1,000 men in Sierra Leone as part of the regional force in Liberia and said it was neutral.", ["NGA DEPLOYS_TROOPS SLE"], []),
 ("Guinea's President Lansana Conte granted asylum to Mr. Momoh.", ["person:lansana-conte LEADS GIN", "person:lansana-conte SUPPORTS person:joseph-momoh"], ["GIN SUPPORTS person:joseph-momoh"]),
]
