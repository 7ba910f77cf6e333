DAY = "2023-03-19"
SENTS = [
 ("Kosovo's Prime Minister Albin Kurti and Serbian President Aleksandar Vucic reached a deal on normalising relations in Ohrid on Saturday after 12 hours of talks.", ["person:albin-kurti LEADS XKX", "person:aleksandar-vucic LEADS SRB", "person:albin-kurti MEETS person:aleksandar-vucic"], ["XKX MEETS SRB"]),
 ("The talks were hosted by EU foreign policy chief Josep Borrell.", [], ["person:josep-borrell MEETS person:albin-kurti", "person:josep-borrell MEETS person:aleksandar-vucic"]),
 ("Belgrade still refuses to recognise Kosovo's independence, backed by Russia and China.", [], ["RUS SUPPORTS SRB", "CHN SUPPORTS SRB"]),
 ("NATO has kept peacekeepers in Kosovo since 1999.", ["org:NATO DEPLOYS_TROOPS XKX"], []),
 ("The United States and the EU have threatened to punish whichever side backtracks.", [], []),
]
