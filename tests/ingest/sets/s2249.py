DAY = "1996-06-26"
SENTS = [
 ("A truck bomb exploded outside an apartment complex housing American airmen near Dhahran, Saudi Arabia, on Tuesday night, killing 19 Americans.", [], []),
 ("The airmen were part of a force of about 5,000 American troops stationed in Saudi Arabia since the Gulf War to enforce the no-flight zone over southern Iraq.", ["USA DEPLOYS_TROOPS SAU"], []),
 ("President Clinton vowed that those responsible would be punished and sent FBI investigators to the kingdom.", [], ["person:bill-clinton LEADS USA", "USA SUPPORTS SAU"]),
 ("King Fahd, who has ruled Saudi Arabia since 1982, condemned the attack as a criminal act.", ["person:fahd-bin-abdulaziz LEADS SAU"], []),
 ("American officials said they suspected that Iran had backed the Saudi Shiite militants who carried out the bombing.", [], ["USA CONDEMNS IRN"]),
 ("Saudi Arabia and the United States have been close allies for decades, and Riyadh is the largest buyer of American weapons.", ["SAU ALLIED_WITH USA", "USA SUPPLIES_ARMS SAU"], []),
]
