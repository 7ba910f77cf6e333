DAY = "2008-02-04"
SENTS = [
 ("Chadian government forces drove rebels out of N'Djamena on Monday after two days of fighting around the presidential palace.", [], []),
 ("President Idriss Deby's government accused Sudan of arming and sending the rebels, who crossed into Chad from Darfur last week.", ["TCD CONDEMNS SDN"], ["SDN SUPPLIES_ARMS TCD", "person:idriss-deby LEADS TCD"]),
 ("Sudan denied any involvement.", [], []),
 ("France, which has about 1,450 troops in Chad, flew hundreds of foreigners out of the capital and said it would support the government if asked.", ["FRA DEPLOYS_TROOPS TCD"], ["FRA SUPPORTS TCD"]),
 ("The UN Security Council on Monday called on member states to support the government of Chad and condemned the attacks by rebel groups.", ["org:UNSC SUPPORTS TCD"], []),
 ("Libyan leader Muammar Gaddafi, who spoke to Deby by telephone, offered to mediate between Chad and Sudan.", ["person:muammar-gaddafi LEADS LBY", "person:muammar-gaddafi MEETS person:idriss-deby"], []),
]
