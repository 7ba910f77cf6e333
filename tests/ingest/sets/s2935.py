DAY = "1964-12-12"
SENTS = [
 ("Major Ernesto Che Guevara, Cuba's Minister of Industry, told the United Nations General Assembly on Friday that Cuba would never accept American conditions for coexistence.", [], ["person:ernesto-che-guevara MEETS org:UN"]),
 ("He accused the United States of training Cuban exiles for a new invasion at camps in Nicaragua and Guatemala.", [], ["person:ernesto-che-guevara CONDEMNS USA"]),
 ("Guevara also condemned the Belgian and American paratroop landing at Stanleyville last month.", ["person:ernesto-che-guevara CONDEMNS BEL", "person:ernesto-che-guevara CONDEMNS USA"], ["BEL DEPLOYS_TROOPS COD", "USA DEPLOYS_TROOPS COD"]),
 ("Adlai Stevenson, the American delegate, replied that Cuba was exporting revolution to its neighbours.", ["person:adlai-stevenson CONDEMNS CUB"], ["USA CONDEMNS CUB"]),
 ("During the speech a bazooka shell fired from across the East River exploded harmlessly in the water.", [], []),
]
