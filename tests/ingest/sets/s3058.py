DAY = "1991-11-15"
SENTS = [
 ("The United States and Britain charged two Libyan intelligence officers on Thursday with planting the bomb that destroyed Pan Am Flight 103 over Lockerbie, Scotland, in December 1988, killing 270 people.", ["USA CONDEMNS LBY", "GBR CONDEMNS LBY"], []),
 ("Washington and London demanded that Libya hand the two men over for trial and accept responsibility for the bombing.", ["USA CONDEMNS LBY", "GBR CONDEMNS LBY"], []),
 ("Colonel Muammar Qaddafi's government denied any part in the attack and said it would try the two men itself if evidence were produced.", [], []),
 ("France, which is investigating the bombing of a UTA airliner over Niger in 1989, said it suspected Libyan agents in that attack as well.", ["FRA CONDEMNS LBY"], []),
 ("Diplomats said the allies would ask the Security Council to ban flights to Libya if Tripoli refused.", [], ["org:UNSC SANCTIONS LBY"]),
]
