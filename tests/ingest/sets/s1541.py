DAY = "2024-04-26"
SENTS = [
 ("Antony Blinken met Xi Jinping in Beijing on Friday and warned that the United States would act if China did not stop helping Russia's war machine.", ["person:antony-blinken MEETS person:xi-jinping", "person:antony-blinken MEETS CHN"], ["CHN SUPPORTS RUS", "person:antony-blinken CONDEMNS CHN"]),
 ("Blinken said China was the top supplier of machine tools, microelectronics and other components that Moscow uses to make weapons.", [], ["CHN TRADES_WITH RUS", "CHN SUPPLIES_ARMS RUS", "person:antony-blinken CONDEMNS CHN"]),
 ("Wang Yi, China's foreign minister, told Blinken that Washington should not cross Beijing's red lines on Taiwan.", ["person:wang-yi MEETS person:antony-blinken"], ["person:wang-yi CONDEMNS USA", "CHN CONDEMNS USA"]),
 ("The United States has sanctioned dozens of Chinese companies for helping Russia evade export controls.", [], ["USA SANCTIONS CHN"]),
 ("Beijing says it does not supply weapons to either side and accuses Washington of hypocrisy for arming Ukraine.", ["CHN CONDEMNS USA"], ["USA SUPPLIES_ARMS UKR"]),
]
