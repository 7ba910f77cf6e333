DAY = "2016-06-28"
SENTS = [
 ("Turkey and Israel agreed on Monday to restore full diplomatic relations, six years after Israeli commandos killed ten Turkish activists aboard a ship trying to break the blockade of Gaza.", [], ["ISR MEETS TUR", "ISR ATTACKS TUR", "ISR SUPPORTS TUR", "TUR SUPPORTS ISR"]),
 ("Under the deal, Israel will pay $20 million in compensation to the families, and Turkey will be allowed to send aid to Gaza through the Israeli port of Ashdod.", [], []),
 ("Prime Minister Benjamin Netanyahu said the agreement would open the way for cooperation on natural gas, which Turkey hopes to buy from Israel's offshore fields.", [], ["person:benjamin-netanyahu LEADS ISR", "ISR TRADES_WITH TUR"]),
 ("On the same day, President Recep Tayyip Erdogan sent a letter to Vladimir Putin expressing regret for the downing of a Russian warplane near the Syrian border in November.", [], ["person:recep-tayyip-erdogan LEADS TUR", "person:recep-tayyip-erdogan MEETS person:vladimir-putin", "TUR ATTACKS RUS"]),
 ("Russia had imposed sanctions on Turkish food imports and halted charter flights to Turkish resorts after the incident.", ["RUS SANCTIONS TUR"], []),
 ("The Kremlin said Putin and Erdogan would speak by telephone later in the week.", [], ["person:recep-tayyip-erdogan MEETS person:vladimir-putin"]),
]
