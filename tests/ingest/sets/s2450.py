DAY = "2002-01-05"
SENTS = [
 ("Israeli naval commandos seized a freighter in the Red Sea on Thursday carrying 50 tonnes of weapons, including Katyusha rockets, mortars and anti-tank missiles, that Israel said were bound for the Palestinian Authority.", [], []),
 ("Prime Minister Ariel Sharon accused Iran of supplying the arms and said Yasser Arafat was behind the smuggling operation.", ["person:ariel-sharon CONDEMNS IRN", "person:ariel-sharon CONDEMNS person:yasser-arafat"], ["person:ariel-sharon LEADS ISR", "IRN SUPPLIES_ARMS PSE"]),
 ("Iran denied any involvement, and the Palestinian Authority said it knew nothing of the shipment.", [], []),
 ("The Bush administration said the seizure raised serious questions about Arafat's commitment to fighting terrorism.", [], ["USA CONDEMNS person:yasser-arafat"]),
 ("Israel has long accused Tehran of arming Hezbollah in southern Lebanon.", ["ISR CONDEMNS IRN"], ["IRN SUPPLIES_ARMS org:HEZBOLLAH"]),
]
