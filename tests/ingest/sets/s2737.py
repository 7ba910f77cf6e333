DAY = "1974-10-29"
SENTS = [
 ("The Arab League summit in Rabat on Monday recognized the Palestine Liberation Organization as the sole legitimate representative of the Palestinian people in any liberated territory.", ["org:ARAB_LEAGUE SUPPORTS org:PLO"], []),
 ("King Hussein of Jordan, who had long claimed to speak for the Palestinians of the West Bank, bowed to the decision after two days of pressure from Egypt and Saudi Arabia.", ["person:hussein-bin-talal LEADS JOR"], []),
 ("At the closing session Yasir Arafat, the PLO chairman, embraced King Hussein to applause from the other delegations.", ["person:yasser-arafat MEETS person:hussein-bin-talal"], ["person:yasser-arafat LEADS org:PLO"]),
 ("In Jerusalem, Prime Minister Yitzhak Rabin denounced the Rabat decision and said Israel would never negotiate with the PLO.", [], ["person:yitzhak-rabin LEADS ISR"]),
]
