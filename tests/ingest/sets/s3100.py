DAY = "2000-04-07"
SENTS = [
 ("The Parliamentary Assembly of the Council of Europe voted on Thursday to suspend the voting rights of Russia's delegation over human rights abuses by its forces in Chechnya.", ["RUS MEMBER_OF org:COE"], ["org:COE SANCTIONS RUS", "org:COE CONDEMNS RUS"]),
 ("The assembly also asked the organisation's ministers to begin proceedings to expel Moscow if it did not halt the abuses.", [], []),
 ("Dmitri Rogozin, the head of the Russian delegation, called the vote an insult and walked out of the chamber in Strasbourg.", [], ["person:dmitri-rogozin CONDEMNS org:COE", "RUS CONDEMNS org:COE"]),
 ("President-elect Vladimir Putin said Russia would not be lectured, but his government had invited the organisation's human rights envoy to visit Chechnya.", [], ["person:vladimir-putin LEADS RUS"]),
 ("Britain and Germany opposed the suspension, arguing that it was better to keep talking to the Kremlin.", [], []),
]
