DAY = "1937-12-13"
SENTS = [
 ("Japanese aircraft bombed and sank the American gunboat Panay on the Yangtze above Nanking on Sunday, killing two sailors, and also struck three Standard Oil tankers she was escorting.", ["JPN ATTACKS USA"], []),
 ("Secretary of State Cordell Hull handed the Japanese ambassador a note demanding an apology, full compensation and guarantees against further attacks on American ships.", ["person:cordell-hull CONDEMNS JPN"], ["USA CONDEMNS JPN", "person:cordell-hull MEETS JPN"]),
 ("Tokyo apologised within hours, and Foreign Minister Koki Hirota called on the American ambassador, Joseph Grew, to express his government's regret.", [], ["JPN MEETS USA"]),
 ("Japanese troops entered Nanking the same day after the Chinese defenders withdrew.", ["JPN ATTACKS CHN"], ["JPN DEPLOYS_TROOPS CHN"]),
 ("Moscow, which signed a non-aggression pact with China in August, is shipping fighter planes and volunteer pilots to the Chinese by way of Sinkiang.", ["SUN SUPPLIES_ARMS CHN"], ["SUN DEPLOYS_TROOPS CHN", "SUN ALLIED_WITH CHN"]),
]
