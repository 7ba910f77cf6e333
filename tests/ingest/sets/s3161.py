DAY = "2013-12-24"
SENTS = [
 ("Uganda has sent troops to Juba to help secure the airport and evacuate its citizens as fighting between forces loyal to President Salva Kiir and his former deputy, Riek Machar, spread across South Sudan.", ["UGA DEPLOYS_TROOPS SSD"], ["person:salva-kiir LEADS SSD", "UGA SUPPORTS SSD"]),
 ("President Yoweri Museveni of Uganda warned Mr. Machar that the region's leaders would defeat him if he rejected a ceasefire.", ["person:yoweri-museveni LEADS UGA"], ["person:yoweri-museveni CONDEMNS person:riek-machar"]),
 ("The Security Council voted on Tuesday to nearly double the United Nations force in South Sudan, to 12,500 troops.", ["org:UN DEPLOYS_TROOPS SSD"], ["org:UNSC DEPLOYS_TROOPS SSD"]),
 ("Ethiopia and Kenya, which lead the mediation of the regional bloc IGAD, sent their foreign ministers to Juba.", [], ["ETH MEETS SSD", "KEN MEETS SSD", "ETH MEMBER_OF org:IGAD", "KEN MEMBER_OF org:IGAD"]),
 ("The United States flew about 380 Americans out of Juba and moved 150 marines to neighbouring Djibouti to be ready for further evacuations.", ["USA DEPLOYS_TROOPS DJI"], []),
]
