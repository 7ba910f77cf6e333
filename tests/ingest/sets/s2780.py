DAY = "1977-01-13"
SENTS = [
 ("France freed Abu Daoud, the Palestinian suspected of planning the 1972 massacre of Israeli athletes in Munich, and put him on a plane to Algeria on Wednesday.", [], []),
 ("Prime Minister Yitzhak Rabin said France had surrendered to Arab blackmail, and his government called its envoy home from Paris.", ["person:yitzhak-rabin CONDEMNS FRA"], ["person:yitzhak-rabin LEADS ISR", "ISR CONDEMNS FRA"]),
 ("Bonn, which had sought his extradition, voiced dismay at the French court's haste.", [], ["DEU CONDEMNS FRA"]),
 ("President Valery Giscard d'Estaing's government has sold Mirage jets to Libya and Iraq and hopes to sell more arms to Saudi Arabia.", ["FRA SUPPLIES_ARMS LBY", "FRA SUPPLIES_ARMS IRQ"], ["FRA SUPPLIES_ARMS SAU"]),
]
