DAY = "1999-05-09"
SENTS = [
 ("Rebel soldiers led by General Ansumane Mane overthrew President Joao Bernardo Vieira of Guinea-Bissau on Friday after a day of fighting in Bissau.", ["person:joao-bernardo-vieira LEADS GNB"], []),
 ("Mr. Vieira, who had ruled for most of the last 19 years, took refuge in the Portuguese embassy with his family.", ["PRT SUPPORTS person:joao-bernardo-vieira"], []),
 ("The last of the Senegalese and Guinean troops who had come to his aid last June left Guinea-Bissau in March under a peace accord.", ["SEN DEPLOYS_TROOPS GNB", "GIN DEPLOYS_TROOPS GNB"], ["SEN SUPPORTS person:joao-bernardo-vieira", "GIN SUPPORTS person:joao-bernardo-vieira"]),
 ("Portugal, the former colonial power, said Mr. Vieira could go into exile in Lisbon.", [], ["PRT SUPPORTS person:joao-bernardo-vieira"]),
]
