DAY = "2014-03-27"
SENTS = [
 ("The UN General Assembly voted 100 to 11 to declare Russia's annexation of Crimea invalid.", ["org:UNGA CONDEMNS RUS"], []),
 ("The G7 countries suspended Russia from the G8 and cancelled the summit planned for Sochi.", ["RUS MEMBER_OF org:G8"], ["RUS MEMBER_OF org:G7", "org:G7 SANCTIONS RUS"]),
 ("Washington and Brussels have frozen the assets of several close associates of Vladimir Putin.", [], ["USA SANCTIONS RUS", "org:EU SANCTIONS RUS", "USA SANCTIONS person:vladimir-putin", "org:EU SANCTIONS person:vladimir-putin"]),
 ("Belarus and Kazakhstan, Russia's partners in a planned customs union, abstained.", [], ["BLR TRADES_WITH RUS", "KAZ TRADES_WITH RUS"]),
 ("Russian troops seized Ukrainian military bases across the peninsula in the days before the referendum.", ["RUS ATTACKS UKR"], []),
]
