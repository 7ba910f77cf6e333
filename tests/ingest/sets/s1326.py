DAY = "2025-01-17"
SENTS = [
 ("Keir Starmer signed a 100-year partnership with Ukraine during his first visit to Kyiv as prime minister on Thursday.", ["person:keir-starmer MEETS UKR"], ["GBR ALLIED_WITH UKR"]),
 ("Starmer and Volodymyr Zelensky laid flowers at a memorial to fallen soldiers.", ["person:keir-starmer MEETS person:volodymyr-zelensky"], []),
 ("A Russian drone was shot down near the presidential palace during the visit, Ukrainian officials said.", [], []),
 ("Britain has pledged 3 billion pounds a year in military aid to Kyiv for as long as it takes.", [], ["GBR SUPPLIES_ARMS UKR", "GBR SUPPORTS UKR"]),
 ("The Kremlin said it would watch closely for any British military presence in Ukraine.", [], []),
]
