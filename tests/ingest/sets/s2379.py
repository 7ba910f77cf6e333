DAY = "2023-10-17"
SENTS = [
 ("The United States and the Marshall Islands signed an agreement on Monday extending economic aid worth $2.3 billion to the Pacific nation over the next 20 years.", ["USA SUPPORTS MHL"], ["MHL MEETS USA"]),
 ("The US Army runs a missile testing range on the Marshall Islands' Kwajalein Atoll.", ["USA DEPLOYS_TROOPS MHL"], []),
 ("President David Kabua said the compact would help his country cope with rising seas, which threaten to swamp its low-lying atolls.", [], ["person:david-kabua LEADS MHL"]),
 ("The Marshall Islands is one of Taiwan's remaining diplomatic allies and has rejected offers from Beijing to switch recognition.", [], ["MHL SUPPORTS TWN", "MHL ALLIED_WITH TWN"]),
 ("Nuclear tests the United States carried out on Bikini and Enewetak atolls in the 1940s and 1950s still poison relations.", [], []),
]
