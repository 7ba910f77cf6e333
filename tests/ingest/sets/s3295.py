DAY = "1958-05-28"
SENTS = [
 ("Indonesia said on Tuesday that an American pilot, Allen Pope, had been captured after his bomber was shot down while attacking Ambon for the rebels in the Moluccas.", [], ["USA ATTACKS IDN"]),
 ("Foreign Minister Subandrio accused Taiwan and the Philippines of letting the rebels use their airfields, and said Jakarta had evidence that American soldiers of fortune were flying for them.", ["person:subandrio CONDEMNS TWN", "person:subandrio CONDEMNS PHL"], ["IDN CONDEMNS TWN", "IDN CONDEMNS PHL", "IDN CONDEMNS USA"]),
 ("Washington, which denies any official part in the revolt, this week released a shipment of rice and light arms ordered by Jakarta.", ["USA SUPPLIES_ARMS IDN"], ["USA TRADES_WITH IDN"]),
 ("President Sukarno's government has bought MiG fighters and bombers from Czechoslovakia and Poland since the rebellion began.", ["CSK SUPPLIES_ARMS IDN", "POL SUPPLIES_ARMS IDN"], []),
 ("Manila denied that rebel planes had flown from Philippine bases.", [], []),
]
