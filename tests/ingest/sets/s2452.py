DAY = "2012-11-22"
SENTS = [
 ("A ceasefire between Israel and Hamas took hold in Gaza on Thursday after eight days of fighting in which more than 160 Palestinians and six Israelis were killed.", ["ISR ATTACKS org:HAMAS", "org:HAMAS ATTACKS ISR"], []),
 ("Egyptian President Mohamed Morsi brokered the truce, and US Secretary of State Hillary Clinton announced it in Cairo with Egypt's foreign minister, Mohamed Kamel Amr.", ["person:mohamed-morsi LEADS EGY", "person:hillary-clinton MEETS EGY", "person:hillary-clinton MEETS person:mohamed-kamel-amr"], []),
 ("Clinton had flown to the region from Cambodia and met Prime Minister Benjamin Netanyahu in Jerusalem and Palestinian President Mahmoud Abbas in Ramallah.", ["person:hillary-clinton MEETS person:benjamin-netanyahu", "person:hillary-clinton MEETS person:mahmoud-abbas", "person:mahmoud-abbas LEADS PSE"], ["person:benjamin-netanyahu LEADS ISR", "person:hillary-clinton MEETS ISR", "person:hillary-clinton MEETS PSE"]),
 ("Israel had called up tens of thousands of reservists and massed troops on the Gaza border.", [], []),
 ("Iran, which supplied Hamas with the Fajr-5 rockets fired at Tel Aviv, praised the militants' resistance.", ["IRN SUPPLIES_ARMS org:HAMAS"], ["IRN SUPPORTS org:HAMAS", "org:HAMAS ATTACKS ISR"]),
]
