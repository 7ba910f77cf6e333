DAY = "2025-03-15"
SENTS = [
 ("Uganda has deployed special forces to Juba to help secure the South Sudanese capital, its army chief said, as fighting threatened to plunge the country back into civil war.", ["UGA DEPLOYS_TROOPS SSD"], ["UGA SUPPORTS SSD"]),
 ("Muhoozi Kainerugaba, the son of President Yoweri Museveni, said any move against President Salva Kiir would be treated as a declaration of war on Uganda.", [], ["person:yoweri-museveni LEADS UGA", "person:salva-kiir LEADS SSD"]),
 ("Kiir's rival, First Vice President Riek Machar, was later placed under house arrest.", [], []),
 ("The UN mission in South Sudan, UNMISS, said one of its helicopters had come under fire during an evacuation.", [], []),
 ("Kenya's former prime minister Raila Odinga was sent to Juba as a mediator by President William Ruto.", [], ["KEN MEETS SSD", "person:william-ruto LEADS KEN"]),
]
