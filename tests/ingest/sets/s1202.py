DAY = "2025-11-08"
SENTS = [
 ("Viktor Orbán won a one-year exemption from US sanctions on Russian oil and gas during talks with Donald Trump at the White House.", ["person:viktor-orban MEETS person:donald-trump", "USA SANCTIONS RUS"], ["person:viktor-orban MEETS USA"]),
 ("Hungary imports most of its crude from Russia through the Druzhba pipeline.", ["HUN TRADES_WITH RUS"]),
 ("Budapest also agreed to buy liquefied natural gas from the United States worth about 600 million dollars.", ["HUN TRADES_WITH USA"]),
 ("The Hungarian prime minister is the only EU leader who has openly supported Trump's re-election.", [], ["person:viktor-orban SUPPORTS person:donald-trump"]),
 ("Orbán has repeatedly blocked EU decisions on military aid to Ukraine.", [], []),
]
