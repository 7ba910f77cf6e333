DAY = "1955-04-05"
SENTS = [
 ("Britain formally joined the defence pact between Turkey and Iraq on Tuesday, and a new agreement with Baghdad replaced the Anglo-Iraqi treaty of 1930.", ["GBR ALLIED_WITH TUR", "GBR ALLIED_WITH IRQ", "IRQ ALLIED_WITH TUR"], []),
 ("Under the agreement the two Royal Air Force bases at Habbaniya and Shaiba pass to Iraqi command, but British squadrons may go on using them.", [], ["GBR DEPLOYS_TROOPS IRQ"]),
 ("Prime Minister Nuri al-Said told the Iraqi parliament that the pact would protect the country from Communist aggression.", [], ["person:nuri-al-said LEADS IRQ"]),
 ("Cairo radio accused Nuri of splitting the Arab League and serving British imperialism.", ["EGY CONDEMNS person:nuri-al-said"], ["EGY CONDEMNS GBR"]),
 ("Washington, which supplies arms to both Turkey and Iraq, welcomed the accession but will not join.", ["USA SUPPLIES_ARMS TUR", "USA SUPPLIES_ARMS IRQ"], ["USA SUPPORTS GBR"]),
]
