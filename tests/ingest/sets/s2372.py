DAY = "2005-04-29"
SENTS = [
 ("Vladimir Putin arrived in Israel on Wednesday, the first Russian leader ever to visit the Jewish state.", ["person:vladimir-putin MEETS ISR", "person:vladimir-putin LEADS RUS"], []),
 ("Prime Minister Ariel Sharon told Putin at their meeting in Jerusalem that Russian plans to sell short-range air defence missiles to Syria could endanger Israel.", ["person:ariel-sharon MEETS person:vladimir-putin"], ["person:ariel-sharon LEADS ISR", "RUS SUPPLIES_ARMS SYR", "person:ariel-sharon CONDEMNS RUS"]),
 ("Putin said the missiles could only be mounted on vehicles and posed no threat to Israeli aircraft.", [], []),
 ("Israel also objects to Russia's work on the Bushehr reactor in Iran, which it suspects of seeking nuclear weapons.", ["ISR CONDEMNS RUS", "RUS TRADES_WITH IRN"], ["ISR CONDEMNS IRN"]),
 ("Putin went on to Ramallah on Friday and met the Palestinian leader, Mahmoud Abbas, promising his security forces helicopters and armoured vehicles.", ["person:vladimir-putin MEETS person:mahmoud-abbas", "person:mahmoud-abbas LEADS PSE"], ["person:vladimir-putin MEETS PSE", "RUS SUPPLIES_ARMS PSE", "person:vladimir-putin SUPPLIES_ARMS PSE"]),
]
