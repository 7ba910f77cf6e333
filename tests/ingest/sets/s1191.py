DAY = "2025-11-03"
SENTS = [
 ("Donald Trump threatened to send US troops into Nigeria \"guns-a-blazing\" unless the government stopped the killing of Christians.", [], ["person:donald-trump CONDEMNS NGA"]),
 ("Washington also designated Nigeria a country of particular concern for religious freedom violations.", [], ["USA CONDEMNS NGA"]),
 ("Nigeria's government rejected the characterisation, saying militants kill Muslims and Christians alike.", [], []),
 ("President Bola Tinubu sent his national security adviser to Washington for talks with Pentagon officials.", [], ["person:bola-tinubu LEADS NGA", "NGA MEETS USA"]),
 ("The Pentagon said it had been ordered to prepare for possible action in Nigeria.", []),
]
