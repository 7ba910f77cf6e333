DAY = "2001-06-17"
SENTS = [
 ("George W. Bush and Vladimir Putin held their first meeting on Saturday at a 16th-century castle outside Ljubljana.", ["person:george-w-bush MEETS person:vladimir-putin"], ["person:george-w-bush MEETS SVN", "person:vladimir-putin MEETS SVN"]),
 ("Bush said he had looked the Russian leader in the eye and found him trustworthy.", [], ["person:george-w-bush SUPPORTS person:vladimir-putin"]),
 ("Putin warned that Russia would respond if Washington abandoned the 1972 Anti-Ballistic Missile Treaty to build a missile shield.", [], ["RUS ALLIED_WITH USA"]),
 ("The two leaders agreed to set up a working group on missile defence.", [], []),
 ("Bush arrived in Slovenia from Warsaw, where he had called for NATO to admit new members from the Baltic to the Black Sea.", ["person:george-w-bush MEETS SVN", "person:george-w-bush MEETS POL"], []),
]
