DAY = "2021-05-25"
SENTS = [
 ("A Belarusian fighter jet escorted a Ryanair flight from Athens to Vilnius to Minsk on Sunday, where police arrested the dissident journalist Roman Protasevich.", [], []),
 ("EU leaders agreed to ban Belarusian airlines from European airspace and to impose new sanctions on Minsk.", ["org:EU SANCTIONS BLR"], []),
 ("The United States condemned the diversion as a shocking act.", [], ["USA CONDEMNS BLR"]),
 ("Alexander Lukashenko said he had acted lawfully to protect his country from a bomb threat.", [], []),
 ("Russia's foreign ministry defended Minsk, accusing the West of hypocrisy.", ["RUS SUPPORTS BLR", "RUS CONDEMNS bloc:WEST"], []),
]
