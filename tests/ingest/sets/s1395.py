DAY = "2024-01-16"
SENTS = [
 ("Kim Jong Un told North Korea's parliament that the South should be written into the constitution as the country's primary foe.", ["person:kim-jong-un CONDEMNS KOR"], []),
 ("He ordered the dismantling of agencies dealing with reunification and called South Korea a puppet of the United States.", ["person:kim-jong-un CONDEMNS KOR"], ["USA SUPPORTS KOR"]),
 ("Seoul's president Yoon Suk Yeol said the North would face an overwhelming response if it provoked.", ["person:yoon-suk-yeol LEADS KOR"], ["person:yoon-suk-yeol CONDEMNS PRK"]),
 ("Pyongyang has fired artillery shells near the disputed sea border in recent weeks.", [], ["PRK ATTACKS KOR"]),
 ("North Korea has supplied Russia with millions of artillery shells, according to South Korean intelligence.", ["PRK SUPPLIES_ARMS RUS"], []),
]
