DAY = "2014-08-09"
SENTS = [
 ("US warplanes bombed Islamic State artillery near the Kurdish capital of Erbil on Friday, the first American strikes in Iraq since the troops left in 2011.", ["USA ATTACKS org:ISIS"], ["USA ATTACKS IRQ"]),
 ("President Barack Obama said he had authorised the strikes to protect American personnel in Erbil and to prevent a genocide of the Yazidis.", [], ["person:barack-obama LEADS USA"]),
 ("American cargo planes also dropped food and water to thousands of Yazidis trapped on Mount Sinjar.", [], []),
 ("Britain and France said they would help with the humanitarian airdrops.", [], []),
 ("The Iraqi government, which has struggled to halt the militants' advance, welcomed the American intervention.", ["IRQ SUPPORTS USA"], []),
]
