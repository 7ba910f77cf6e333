DAY = "1941-12-12"
SENTS = [
 ("Germany and Italy declared war on the United States on Thursday, and Hitler told the Reichstag that Roosevelt had provoked the war by his attacks on German ships.", ["DEU ATTACKS USA", "ITA ATTACKS USA", "person:adolf-hitler CONDEMNS person:franklin-d-roosevelt"], ["person:adolf-hitler LEADS DEU"]),
 ("Congress answered within hours with declarations of war on both countries, passed without a dissenting vote.", [], ["USA ATTACKS DEU", "USA ATTACKS ITA"]),
 ("The declaration was read to the American charge d'affaires by Ribbentrop at the Foreign Office.", [], ["DEU ATTACKS USA", "person:joachim-von-ribbentrop MEETS USA"]),
 ("Cuba, the Dominican Republic, Haiti and the five Central American republics have also declared war on Germany and Italy.", ["CUB ATTACKS DEU", "CUB ATTACKS ITA", "DOM ATTACKS DEU", "DOM ATTACKS ITA", "HTI ATTACKS DEU", "HTI ATTACKS ITA"], ["GTM ATTACKS DEU", "GTM ATTACKS ITA", "HND ATTACKS DEU", "HND ATTACKS ITA", "SLV ATTACKS DEU", "SLV ATTACKS ITA", "NIC ATTACKS DEU", "NIC ATTACKS ITA", "CRI ATTACKS DEU", "CRI ATTACKS ITA"]),
 ("Mexico severed diplomatic ties with Berlin and Rome, while Brazil declared itself on the side of Washington.", ["BRA SUPPORTS USA"], ["MEX CONDEMNS DEU", "MEX CONDEMNS ITA"]),
]
