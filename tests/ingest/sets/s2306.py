DAY = "2016-09-08"
SENTS = [
 ("Barack Obama became the first sitting American president to visit Laos on Tuesday, pledging $90 million to help clear unexploded bombs dropped by the United States during the Vietnam War.", ["person:barack-obama MEETS LAO"], ["person:barack-obama LEADS USA", "USA SUPPORTS LAO", "USA ATTACKS LAO"]),
 ("The United States dropped more than two million tons of bombs on Laos between 1964 and 1973.", ["USA ATTACKS LAO"], []),
 ("Obama attended a summit of the Association of Southeast Asian Nations in Vientiane and met President Bounnhang Vorachith.", ["person:barack-obama MEETS person:bounnhang-vorachith"], ["person:bounnhang-vorachith LEADS LAO", "person:barack-obama MEETS org:ASEAN"]),
 ("Earlier, in Hangzhou, he had met Chinese President Xi Jinping at the G20 summit, where the two leaders formally joined the Paris climate agreement.", ["person:barack-obama MEETS person:xi-jinping", "person:xi-jinping LEADS CHN"], ["person:barack-obama MEETS org:G20", "person:barack-obama MEETS CHN"]),
 ("Obama cancelled a meeting with Philippine President Rodrigo Duterte after Duterte insulted him.", ["person:rodrigo-duterte LEADS PHL", "person:rodrigo-duterte CONDEMNS person:barack-obama"], []),
 ("The two men later spoke briefly at a dinner.", [], ["person:barack-obama MEETS person:rodrigo-duterte"]),
]
