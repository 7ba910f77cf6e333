DAY = "2017-10-17"
SENTS = [
 ("Iraqi government forces took control of the oil-rich city of Kirkuk on Monday, pushing out Kurdish fighters three weeks after the Kurdistan region voted for independence.", [], []),
 ("Prime Minister Haider al-Abadi said the operation was needed to protect the unity of Iraq after the referendum, which Baghdad had declared illegal.", [], ["person:haider-al-abadi LEADS IRQ"]),
 ("The United States, which has armed and trained both Iraqi troops and the Kurdish peshmerga in the fight against Islamic State, said it was not taking sides.", ["USA SUPPLIES_ARMS IRQ"], ["USA SUPPORTS IRQ", "USA ATTACKS org:ISIS"]),
 ("Turkey and Iran, which both have large Kurdish minorities, had opposed the vote and backed Baghdad's move.", ["TUR SUPPORTS IRQ", "IRN SUPPORTS IRQ"], []),
 ("Kurdish officials accused Iran's Revolutionary Guards of helping to plan the assault, a charge Tehran denied.", [], ["IRN SUPPORTS IRQ"]),
 ("Iraq is also one of the largest buyers of Iranian gas and electricity.", ["IRQ TRADES_WITH IRN"], []),
]
