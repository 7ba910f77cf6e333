DAY = "2022-09-30"
SENTS = [
 ("Armenia has signed contracts worth about $250 million to buy Indian multiple rocket launchers, anti-tank rockets and ammunition, Indian officials said on Friday.", ["IND SUPPLIES_ARMS ARM"], []),
 ("It is the first big arms purchase by Yerevan from a country other than Russia, its traditional supplier and ally.", ["RUS SUPPLIES_ARMS ARM", "RUS ALLIED_WITH ARM"], []),
 ("The deal follows fighting on the border with Azerbaijan this month that killed more than 200 soldiers on both sides.", [], ["ARM ATTACKS AZE", "AZE ATTACKS ARM"]),
 ("Prime Minister Nikol Pashinyan has complained that the Russian-led Collective Security Treaty Organization did not come to Armenia's aid.", ["person:nikol-pashinyan CONDEMNS org:CSTO", "ARM MEMBER_OF org:CSTO"], ["person:nikol-pashinyan LEADS ARM"]),
 ("Azerbaijan has bought much of its weaponry from Israel and Turkey, including the drones that helped it win the 2020 war.", ["ISR SUPPLIES_ARMS AZE", "TUR SUPPLIES_ARMS AZE"], []),
]
