DAY = "2016-03-21"
SENTS = [
 ("Barack Obama held talks with Raul Castro at the Palace of the Revolution on Monday, the first meeting between sitting American and Cuban presidents in Havana since 1928.", ["person:barack-obama MEETS person:raul-castro", "person:barack-obama MEETS CUB"], ["USA MEETS CUB"]),
 ("Castro called on Washington to lift the decades-old trade embargo and return the naval base at Guantanamo Bay.", [], ["person:raul-castro CONDEMNS USA", "USA SANCTIONS CUB", "USA DEPLOYS_TROOPS CUB"]),
 ("The United States has maintained a trade embargo against Cuba since 1962, although Obama eased travel and remittance restrictions after the two countries restored diplomatic relations in 2015.", ["USA SANCTIONS CUB"], []),
 ("Venezuela, Cuba's closest ally and main supplier of subsidised oil, has struggled to keep up shipments as its economy has collapsed.", ["VEN ALLIED_WITH CUB", "VEN TRADES_WITH CUB"], ["VEN SUPPORTS CUB"]),
 ("Russia, which wrote off most of Cuba's Soviet-era debt in 2014, has also courted Havana.", [], ["RUS SUPPORTS CUB"]),
]
