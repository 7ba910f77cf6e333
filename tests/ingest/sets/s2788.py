DAY = "1975-03-26"
SENTS = [
 ("King Faisal of Saudi Arabia was shot dead by a nephew in his palace in Riyadh on Tuesday, and his brother Crown Prince Khalid was proclaimed king within hours.", ["person:faisal-bin-abdulaziz LEADS SAU"], ["person:khalid-bin-abdulaziz LEADS SAU"]),
 ("President Ford called Faisal a wise leader and a good friend of the United States, and ordered flags at the White House flown at half-staff.", [], ["person:gerald-ford LEADS USA"]),
 ("Faisal had led the Arab oil embargo against the United States and the Netherlands in 1973 in reprisal for their support of Israel.", ["SAU SANCTIONS USA", "SAU SANCTIONS NLD"], ["person:faisal-bin-abdulaziz SANCTIONS USA", "person:faisal-bin-abdulaziz SANCTIONS NLD", "USA SUPPORTS ISR", "NLD SUPPORTS ISR"]),
 ("Riyadh bankrolls much of the Egyptian and Syrian budgets, and Khalid is expected to keep the money flowing.", ["SAU SUPPORTS EGY", "SAU SUPPORTS SYR"], []),
 ("Messages of condolence came from Cairo, Damascus and Tehran.", [], []),
]
