DAY = "1971-08-09"
SENTS = [
 ("India and the Soviet Union signed a 20-year treaty of peace, friendship and cooperation in New Delhi on Monday, pledging to consult each other if either is attacked.", ["IND ALLIED_WITH SUN"], ["IND MEETS SUN"]),
 ("The treaty was signed by the Soviet foreign minister, Andrei Gromyko, and India's foreign minister, Swaran Singh, and is seen as a warning to Pakistan and China.", [], ["person:andrei-gromyko MEETS person:swaran-singh", "IND ALLIED_WITH SUN"]),
 ("Prime Minister Indira Gandhi has accused Pakistan of genocide in East Pakistan, where the army has cracked down on the Bengali independence movement since March.", ["person:indira-gandhi CONDEMNS PAK"], ["person:indira-gandhi LEADS IND"]),
 ("The United States, which has continued to ship arms to Pakistan despite the crackdown, has opened a channel to China through Islamabad.", ["USA SUPPLIES_ARMS PAK"], []),
 ("Gromyko said Moscow backed India's efforts to find a political settlement.", ["SUN SUPPORTS IND"], []),
 ("China, Pakistan's closest ally, condemned the treaty as a threat to the region.", ["CHN ALLIED_WITH PAK"], ["CHN CONDEMNS IND", "CHN CONDEMNS SUN"]),
]
