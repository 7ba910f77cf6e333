DAY = "2025-01-18"
SENTS = [
 ("Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive strategic partnership treaty in the Kremlin on Friday.", ["RUS ALLIED_WITH IRN", "person:masoud-pezeshkian LEADS IRN"], ["person:vladimir-putin MEETS person:masoud-pezeshkian", "person:masoud-pezeshkian MEETS RUS"]),
 ("The treaty does not include a mutual defence clause like the one Moscow signed with North Korea.", [], ["RUS ALLIED_WITH PRK"]),
 ("Iran has supplied Russia with Shahed drones used in strikes on Ukrainian cities.", ["IRN SUPPLIES_ARMS RUS"], ["RUS ATTACKS UKR"]),
 ("Both countries are under heavy Western sanctions.", ["bloc:WEST SANCTIONS RUS", "bloc:WEST SANCTIONS IRN"], []),
 ("Russia is also building two new reactors at Iran's Bushehr nuclear plant.", ["RUS TRADES_WITH IRN"], []),
]
