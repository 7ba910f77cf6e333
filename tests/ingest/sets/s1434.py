DAY = "2018-10-21"
SENTS = [
 ("Saudi Arabia admitted on Saturday that journalist Jamal Khashoggi had been killed inside its consulate in Istanbul.", [], []),
 ("Turkish President Recep Tayyip Erdogan said the killing had been planned days in advance and accused Saudi officials of a cover-up.", ["person:recep-tayyip-erdogan LEADS TUR"], ["person:recep-tayyip-erdogan CONDEMNS SAU"]),
 ("Germany halted arms sales to Riyadh in response.", [], ["DEU SANCTIONS SAU", "DEU SUPPLIES_ARMS SAU", "DEU CONDEMNS SAU"]),
 ("Donald Trump called the Saudi account credible but later said it contained deception and lies.", [], ["person:donald-trump CONDEMNS SAU"]),
 ("Canada said it would review its 13 billion dollar contract to sell armoured vehicles to Saudi Arabia.", ["CAN SUPPLIES_ARMS SAU"], []),
]
