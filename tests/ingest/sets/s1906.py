DAY = "2000-10-13"
SENTS = [
 ("A small boat packed with explosives blew a hole in the side of the American destroyer USS Cole as it refuelled in the Yemeni port of Aden on Thursday, killing 17 sailors.", [], []),
 ("President Clinton called the attack a despicable and cowardly act and vowed to find those responsible.", [], ["person:bill-clinton LEADS USA"]),
 ("Yemen's President Ali Abdullah Saleh initially said the blast was an accident, but later promised to cooperate with the FBI.", ["person:ali-abdullah-saleh LEADS YEM"], []),
 ("American officials said they suspected militants linked to Osama bin Laden, whose al-Qaeda network bombed two US embassies in East Africa in 1998.", [], ["org:AL-QAEDA ATTACKS USA"]),
 ("The Pentagon ordered warships in the Gulf to leave port and put US forces in the Middle East on their highest state of alert.", [], []),
]
