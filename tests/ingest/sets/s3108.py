DAY = "1985-09-27"
SENTS = [
 ("Tunisia broke off diplomatic relations with Libya on Thursday, accusing Colonel Muammar Gaddafi of sending letter bombs to Tunisian journalists and of plotting to destabilise the country.", ["TUN CONDEMNS person:muammar-gaddafi"], ["TUN SANCTIONS LBY", "TUN CONDEMNS LBY"]),
 ("Libya has expelled more than 30,000 Tunisian workers since August, and Tunis retaliated by ordering 283 Libyans out of the country.", [], []),
 ("President Habib Bourguiba, 82, put the army on alert along the southern border and called Colonel Gaddafi a madman.", ["person:habib-bourguiba CONDEMNS person:muammar-gaddafi"], ["person:habib-bourguiba LEADS TUN"]),
 ("Algeria, which has a mutual defence treaty with Tunisia, sent its foreign minister to Tunis with a message of support.", ["DZA ALLIED_WITH TUN", "DZA SUPPORTS TUN"], ["DZA MEETS TUN"]),
 ("The United States, which has long regarded Colonel Gaddafi as a sponsor of terrorism, promised to speed up deliveries of military equipment to Tunisia.", ["USA CONDEMNS person:muammar-gaddafi"], ["USA SUPPLIES_ARMS TUN"]),
]
