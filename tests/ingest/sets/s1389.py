DAY = "2023-07-20"
SENTS = [
 ("Iraq expelled Sweden's ambassador on Thursday after Swedish police allowed a protester to burn a Quran outside the Iraqi embassy in Stockholm.", [], ["IRQ CONDEMNS SWE"]),
 ("Hours earlier, protesters stormed and set fire to the Swedish embassy in Baghdad.", [], []),
 ("Stockholm condemned the attack on its embassy and said Baghdad had failed to protect diplomats.", ["SWE CONDEMNS IRQ"], []),
 ("Iran, Saudi Arabia and Turkey also criticised Sweden for allowing the burnings.", ["IRN CONDEMNS SWE", "SAU CONDEMNS SWE", "TUR CONDEMNS SWE"], []),
 ("Turkey had cited earlier Quran burnings in delaying its approval of Sweden's bid to join NATO.", [], ["TUR CONDEMNS SWE"]),
]
