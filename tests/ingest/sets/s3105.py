DAY = "1977-07-25"
SENTS = [
 ("Egyptian jets bombed a Libyan air base near Tobruk on Sunday as fighting along the desert border entered its fourth day.", ["EGY ATTACKS LBY"], []),
 ("President Anwar Sadat said Egypt had been forced to teach Colonel Muammar Gaddafi a lesson after Libyan troops raided the border town of Sallum.", ["person:anwar-sadat CONDEMNS person:muammar-gaddafi"], ["person:anwar-sadat LEADS EGY", "LBY ATTACKS EGY"]),
 ("Tripoli accused Cairo of invading Libyan territory at the bidding of the United States and appealed to the Arab League.", ["LBY CONDEMNS EGY", "LBY CONDEMNS USA"], []),
 ("President Houari Boumediene of Algeria flew between the two capitals on Sunday to arrange a truce, and Yasser Arafat of the Palestine Liberation Organisation joined his mediation.", ["person:houari-boumediene LEADS DZA"], ["person:houari-boumediene MEETS EGY", "person:houari-boumediene MEETS LBY", "person:yasser-arafat LEADS org:PLO"]),
 ("The Soviet Union, which has sold Libya large quantities of tanks and aircraft, called for restraint.", ["SUN SUPPLIES_ARMS LBY"], []),
]
