DAY = "2024-04-25"
SENTS = [
 ("The United States secretly shipped long-range ATACMS missiles to Ukraine this month, and Ukrainian forces have already used them to strike a Russian airfield in Crimea.", ["USA SUPPLIES_ARMS UKR", "UKR ATTACKS RUS"], []),
 ("The missiles were included in a package that President Joe Biden approved in February but that officials kept quiet to protect Ukraine's security.", [], ["person:joe-biden LEADS USA", "USA SUPPLIES_ARMS UKR"]),
 ("Biden signed a $61 billion aid bill for Ukraine on Wednesday after months of delay in Congress.", ["person:joe-biden SUPPORTS UKR"], ["USA SUPPORTS UKR"]),
 ("The Kremlin said the new aid would only prolong the war and make Washington more deeply complicit in it.", [], ["RUS CONDEMNS USA"]),
 ("Britain has already given Kyiv Storm Shadow cruise missiles with a range of about 250 km.", ["GBR SUPPLIES_ARMS UKR"], []),
]
