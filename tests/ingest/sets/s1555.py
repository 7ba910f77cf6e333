DAY = "2016-12-15"
SENTS = [
 ("Vladimir Putin arrived in Japan on Thursday for his first visit in 11 years, nearly three hours late for talks with Shinzo Abe at a hot spring resort.", ["person:vladimir-putin MEETS JPN", "person:vladimir-putin MEETS person:shinzo-abe"], []),
 ("The two leaders agreed to discuss joint economic activities on four disputed islands that Soviet troops seized at the end of the Second World War.", [], ["person:vladimir-putin MEETS person:shinzo-abe", "SUN ATTACKS JPN"]),
 ("Japan still maintains sanctions on Russia over its annexation of Crimea, though it has imposed milder measures than the European Union.", ["JPN SANCTIONS RUS"], ["RUS ATTACKS UKR", "org:EU SANCTIONS RUS"]),
 ("Abe travelled to Tokyo with Putin the next day for a business forum, where companies signed deals worth about $2.5 billion.", [], ["JPN TRADES_WITH RUS", "person:vladimir-putin MEETS JPN", "person:shinzo-abe MEETS person:vladimir-putin"]),
 ("The United States, Japan's main ally, had urged Tokyo not to break ranks with the G7 over Russia.", ["USA ALLIED_WITH JPN"], ["JPN MEMBER_OF org:G7"]),
]
