DAY = "2012-12-28"
SENTS = [
 ("Vladimir Putin signed a law on Friday banning Americans from adopting Russian children, in retaliation for a US law that punishes Russian officials accused of human rights abuses.", ["RUS SANCTIONS USA"], ["person:vladimir-putin SANCTIONS USA", "USA SANCTIONS RUS"]),
 ("The Magnitsky Act, which Barack Obama signed this month, bars the officials from entering the United States and freezes their assets there.", [], ["USA SANCTIONS RUS", "person:barack-obama SANCTIONS RUS"]),
 ("The State Department said it regretted that Russia's government had linked the fate of orphans to an unrelated political issue.", ["USA CONDEMNS RUS"], []),
 ("The Russian law also bans American-funded non-governmental organisations that engage in political activity in Russia.", [], ["RUS SANCTIONS USA"]),
 ("Dozens of American families who were in the process of adopting Russian children have been left in limbo.", [], []),
]
