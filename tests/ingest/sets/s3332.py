DAY = "1941-08-26"
SENTS = [
 ("British and Soviet forces entered Iran at dawn on Monday, the British from Iraq and the Persian Gulf and the Russians across the Caucasus frontier.", ["GBR DEPLOYS_TROOPS IRN", "SUN DEPLOYS_TROOPS IRN"], ["GBR ATTACKS IRN", "SUN ATTACKS IRN", "GBR DEPLOYS_TROOPS IRQ"]),
 ("London and Moscow said in a joint note that the German agents Tehran had refused to expel were a danger to both countries.", ["GBR CONDEMNS IRN", "SUN CONDEMNS IRN"], []),
 ("Soviet aircraft bombed Tabriz and Qazvin, and British warships sank the Iranian sloop Palang at Abadan.", ["SUN ATTACKS IRN", "GBR ATTACKS IRN"], []),
 ("Reza Shah appealed to President Roosevelt to intervene, calling the invasion an attack on a neutral country.", [], ["person:reza-shah-pahlavi CONDEMNS GBR", "person:reza-shah-pahlavi CONDEMNS SUN", "person:reza-shah-pahlavi LEADS IRN", "person:reza-shah-pahlavi MEETS USA"]),
 ("Berlin radio called the entry of British and Soviet troops into neutral Iran a crime against a small nation.", ["DEU CONDEMNS GBR", "DEU CONDEMNS SUN"], ["GBR DEPLOYS_TROOPS IRN", "SUN DEPLOYS_TROOPS IRN", "GBR ATTACKS IRN", "SUN ATTACKS IRN"]),
]
