DAY = "1995-05-10"
SENTS = [
 ("President Bill Clinton and President Boris Yeltsin ended their summit in the Kremlin on Wednesday without resolving their dispute over Russia's plan to build a nuclear reactor in Iran.", ["person:bill-clinton MEETS person:boris-yeltsin", "person:bill-clinton MEETS RUS"], ["person:boris-yeltsin LEADS RUS", "RUS TRADES_WITH IRN"]),
 ("Yeltsin said Moscow would not sell Tehran a gas centrifuge that could be used to enrich uranium, but that the $800 million reactor deal would go ahead.", [], ["RUS TRADES_WITH IRN", "RUS SUPPLIES_ARMS IRN"]),
 ("Washington says Iran is seeking nuclear weapons and has urged its allies to cut off all nuclear cooperation with the Islamic Republic.", ["USA CONDEMNS IRN"], []),
 ("Clinton also pressed Yeltsin to end the war in Chechnya, where Russian forces have been fighting separatists since December.", [], ["person:bill-clinton CONDEMNS person:boris-yeltsin"]),
 ("Yeltsin agreed that Russia would join NATO's Partnership for Peace programme, which it had refused to sign in December.", [], ["RUS ALLIED_WITH org:NATO"]),
]
