DAY = "2006-10-14"
SENTS = [
 ("The UN Security Council voted unanimously on Saturday to impose sanctions on North Korea over its nuclear test, banning the sale of heavy weapons and luxury goods to Pyongyang.", ["org:UNSC SANCTIONS PRK"], []),
 ("China, the North's main ally, backed the resolution after the United States agreed to drop a threat of military force.", ["CHN ALLIED_WITH PRK"], []),
 ("Japan, which had pushed for tougher measures, separately banned all imports from North Korea and barred its ships from Japanese ports.", ["JPN SANCTIONS PRK"], []),
 ("Pyongyang's envoy walked out of the chamber after calling the council's decision gangster-like.", [], ["PRK CONDEMNS org:UNSC"]),
 ("South Korea, which has pursued engagement with its northern neighbour, said it would review its aid to the North.", [], ["KOR SUPPORTS PRK"]),
]
