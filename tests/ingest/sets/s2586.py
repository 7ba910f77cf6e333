DAY = "1993-07-28"
SENTS = [
 ("Israeli warplanes and artillery pounded villages across southern Lebanon for a third day on Wednesday in the heaviest offensive against Hezbollah since Israel's invasion of 1982.", ["ISR ATTACKS LBN"], []),
 ("Prime Minister Yitzhak Rabin said the attacks would go on until the guerrillas stopped firing rockets into northern Israel.", [], ["person:yitzhak-rabin LEADS ISR"]),
 ("More than 200,000 Lebanese have fled north toward Beirut, and the Lebanese government asked the UN Security Council to order an end to the Israeli attacks.", [], ["LBN CONDEMNS ISR"]),
 ("Damascus, whose army has garrisoned much of Lebanon since 1976, condemned the offensive as a crime but did not intervene.", ["SYR DEPLOYS_TROOPS LBN"], ["SYR CONDEMNS ISR"]),
 ("Iran, which arms and finances Hezbollah, accused Washington of giving Israel a green light.", ["IRN CONDEMNS USA"], ["USA SUPPORTS ISR", "IRN SUPPORTS org:HEZBOLLAH", "IRN SUPPLIES_ARMS org:HEZBOLLAH"]),
]
