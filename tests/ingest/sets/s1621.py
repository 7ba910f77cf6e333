DAY = "2024-06-14"
SENTS = [
 ("Leaders of the Group of Seven agreed at their summit in southern Italy on Thursday to lend Ukraine $50 billion, to be repaid from the interest earned on frozen Russian central bank assets.", ["org:G7 SUPPORTS UKR"], ["org:G7 SANCTIONS RUS"]),
 ("Volodymyr Zelensky, who attended the summit, signed a ten-year security agreement with Joe Biden on the sidelines.", ["person:volodymyr-zelensky MEETS person:joe-biden", "UKR ALLIED_WITH USA"], ["person:volodymyr-zelensky MEETS ITA"]),
 ("He also signed a similar pact with Japanese Prime Minister Fumio Kishida.", [], ["person:fumio-kishida LEADS JPN", "JPN ALLIED_WITH UKR"]),
 ("Moscow warned that any use of its assets would be theft and that it would retaliate against Western property in Russia.", [], ["RUS CONDEMNS bloc:WEST"]),
 ("Italian Prime Minister Giorgia Meloni, the host, said the G7 would also tighten sanctions on Chinese firms that supply Russia's defence industry.", ["person:giorgia-meloni LEADS ITA"], ["org:G7 SANCTIONS CHN", "CHN SUPPLIES_ARMS RUS"]),
]
