DAY = "1990-11-30"
SENTS = [
 ("The Security Council voted 12 to 2 on Thursday to authorise the use of force against Iraq if it does not withdraw from Kuwait by January 15.", [], ["org:UNSC CONDEMNS IRQ", "IRQ DEPLOYS_TROOPS KWT", "IRQ ATTACKS KWT"]),
 ("Cuba and Yemen voted against the resolution, and China abstained.", [], []),
 ("Secretary of State James Baker, who chaired the meeting, had lobbied every member of the Council, and Soviet Foreign Minister Eduard Shevardnadze voted in favour.", [], []),
 ("Iraq rejected the resolution as illegal and said it would never give up Kuwait.", [], ["IRQ CONDEMNS org:UNSC", "IRQ DEPLOYS_TROOPS KWT", "IRQ ATTACKS KWT"]),
 ("President Bush offered to send Baker to Baghdad and to receive Iraq's foreign minister, Tariq Aziz, in Washington.", [], ["person:george-h-w-bush LEADS USA", "person:james-baker MEETS IRQ", "person:george-h-w-bush MEETS person:tariq-aziz", "USA MEETS IRQ"]),
 ("More than 230,000 American troops are in Saudi Arabia, and Britain, France and Egypt have also sent forces to the Gulf.", ["USA DEPLOYS_TROOPS SAU"], []),
]
