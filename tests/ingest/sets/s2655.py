DAY = "1992-03-18"
SENTS = [
 ("A car bomb destroyed the Israeli embassy in Buenos Aires on Tuesday afternoon, killing at least 20 people and injuring more than 250, many of them pupils at a school across the street.", [], []),
 ("Prime Minister Yitzhak Shamir of Israel said the attack bore the hallmarks of Iranian-backed extremists and sent a team of investigators to Argentina.", ["person:yitzhak-shamir LEADS ISR"], ["person:yitzhak-shamir CONDEMNS IRN"]),
 ("President Carlos Menem declared a day of national mourning and said Argentina would not rest until those responsible were found.", [], ["person:carlos-menem LEADS ARG"]),
 ("A group calling itself Islamic Jihad, which is linked to Hezbollah, said in Beirut that it had carried out the bombing.", [], []),
 ("Tehran denied any part in the attack, and the United States sent FBI agents to help Argentine police with the inquiry.", ["USA SUPPORTS ARG"], []),
]
