DAY = "2006-10-15"
SENTS = [
 ("Five days after North Korea's first nuclear test, the Security Council adopted sanctions against Pyongyang on Saturday without a dissenting vote.", ["org:UNSC SANCTIONS PRK"], []),
 ("The resolution bans the sale of heavy weapons and luxury goods to Pyongyang and freezes the assets of people linked to its weapons programmes.", [], ["org:UNSC SANCTIONS PRK"]),
 ("China, North Korea's main ally and biggest trading partner, supported the measures but opposed cargo inspections that could provoke clashes at sea.", ["CHN SUPPORTS org:UNSC"], ["CHN ALLIED_WITH PRK", "CHN TRADES_WITH PRK"]),
 ("Japan had already barred North Korean ships from its ports and banned all imports from the North.", ["JPN SANCTIONS PRK"], []),
 ("North Korea's envoy walked out of the chamber after accusing the council of gangster-like behaviour.", ["PRK CONDEMNS org:UNSC"], []),
]
