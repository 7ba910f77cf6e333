DAY = "1989-01-05"
SENTS = [
 ("Two American F-14 fighters from the carrier John F. Kennedy shot down two Libyan MiG-23 jets over the Mediterranean on Wednesday, about 70 miles north of the Libyan coast.", ["USA ATTACKS LBY"], []),
 ("The Pentagon said the Libyan planes had approached in a hostile manner and that the American pilots fired in self-defence.", [], []),
 ("Colonel Muammar Qaddafi called the attack an act of terrorism by the United States and asked the Security Council to meet.", ["person:muammar-gaddafi CONDEMNS USA"], ["person:muammar-gaddafi LEADS LBY"]),
 ("The clash came as Washington accused Libya of building a chemical weapons plant at Rabta, south of Tripoli, with help from West German companies.", ["USA CONDEMNS LBY"], []),
]
