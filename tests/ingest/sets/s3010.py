DAY = "1984-07-17"
SENTS = [
 ("The United States and the Soviet Union signed an agreement in Washington today to modernize the hot line between the White House and the Kremlin.", [], ["USA MEETS SUN"]),
 ("The link, set up after the Cuban missile crisis of 1962, will be able to carry facsimile pages as well as teletype messages.", [], []),
 ("Secretary of State George P. Shultz called the accord a modest but useful step toward reducing the risk of war by accident.", [], []),
 ("Moscow has refused to return to the talks on medium-range missiles in Geneva since American Pershing missiles arrived in West Germany last year.", [], ["USA DEPLOYS_TROOPS DEU", "SUN CONDEMNS USA"]),
 ("The Soviet Union and its allies boycotted the Olympic Games in Los Angeles, which open on July 28.", [], ["SUN CONDEMNS USA"]),
]
