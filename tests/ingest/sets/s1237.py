DAY = "2025-05-07"
SENTS = [
 ("The United States agreed to stop bombing the Houthis in return for an end to their attacks on American ships, Oman's foreign minister said on Tuesday.", [], ["USA ATTACKS org:HOUTHIS", "org:HOUTHIS ATTACKS USA"]),
 ("Washington had struck more than 1,000 targets in Yemen since mid-March.", ["USA ATTACKS YEM"]),
 ("Muscat, which has long served as a channel between Washington and Tehran, brokered the truce.", [], []),
 ("The deal does not cover Israel, which the Houthis have continued to target with ballistic missiles.", ["org:HOUTHIS ATTACKS ISR"], []),
 ("Israeli jets bombed the port of Hodeidah and Sanaa's international airport in retaliation.", ["ISR ATTACKS YEM"], []),
]
