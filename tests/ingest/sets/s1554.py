DAY = "2019-08-02"
SENTS = [
 ("The United States formally withdrew from the Intermediate-Range Nuclear Forces treaty with Russia on Friday, accusing Moscow of violating the Cold War-era pact.", ["USA CONDEMNS RUS"], []),
 ("Russia denies deploying a banned missile and says American launchers in Romania could fire cruise missiles.", [], ["RUS CONDEMNS USA", "USA DEPLOYS_TROOPS ROU"]),
 ("NATO said Russia bore sole responsibility for the treaty's demise.", ["org:NATO CONDEMNS RUS"], []),
 ("China, which was not a party to the treaty, warned Washington against deploying new missiles in Asia.", [], ["CHN CONDEMNS USA"]),
 ("The treaty was signed in 1987 by Ronald Reagan and Mikhail Gorbachev.", [], ["person:ronald-reagan MEETS person:mikhail-gorbachev"]),
]
