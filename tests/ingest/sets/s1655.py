DAY = "2023-10-19"
SENTS = [
 ("Joe Biden flew to Tel Aviv on Wednesday to show solidarity with Israel after the Hamas attack, and told Benjamin Netanyahu that the United States would give Israel what it needs to defend itself.", ["person:joe-biden MEETS ISR", "person:joe-biden MEETS person:benjamin-netanyahu"], ["org:HAMAS ATTACKS ISR", "person:joe-biden SUPPORTS ISR"]),
 ("A planned summit in Amman with the leaders of Jordan and Egypt and the Palestinian president was cancelled after a blast at a Gaza hospital killed hundreds of people.", [], []),
 ("Biden said the explosion appeared to have been caused by the other team, not Israel, citing Pentagon data.", [], []),
 ("Jordan and Egypt blamed Israel for the blast, while Israel said a rocket misfired by Islamic Jihad was responsible.", ["JOR CONDEMNS ISR", "EGY CONDEMNS ISR", "ISR CONDEMNS org:PIJ"], []),
 ("Biden also announced $100 million in humanitarian aid for Palestinians in Gaza and the West Bank.", ["person:joe-biden SUPPORTS PSE"], []),
]
