DAY = "1963-01-15"
SENTS = [
 ("Moise Tshombe announced today that Katanga's secession was over and that United Nations troops could enter Kolwezi.", [], ["org:UN DEPLOYS_TROOPS COD"]),
 ("The United Nations force, made up largely of Indian, Ethiopian and Irish troops, took Elisabethville last month.", [], ["IND DEPLOYS_TROOPS COD", "ETH DEPLOYS_TROOPS COD", "IRL DEPLOYS_TROOPS COD", "org:UN DEPLOYS_TROOPS COD"]),
 ("The Central Government in Leopoldville welcomed the end of the secession.", [], []),
 ("Britain and the United States had supplied transport planes for the United Nations operation in the Congo.", [], ["GBR SUPPORTS org:UN", "USA SUPPORTS org:UN", "USA SUPPORTS COD", "GBR SUPPORTS COD"]),
 ("The Soviet Union has refused to pay its share of the cost of the Congo operation.", [], ["SUN CONDEMNS org:UN"]),
]
