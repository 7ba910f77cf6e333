DAY = "1959-06-12"
SENTS = [
 ("The United States sent a note to Havana today voicing concern over the seizure of American-owned land under Cuba's new agrarian reform law.", ["USA CONDEMNS CUB"], []),
 ("American sugar companies own nearly two million acres of Cuban cane land.", [], []),
 ("Premier Fidel Castro told a rally that Cuba would not bow to pressure from Washington or from the sugar monopolies.", [], ["person:fidel-castro LEADS CUB", "person:fidel-castro CONDEMNS USA"]),
 ("Five ministers, among them the Foreign Minister, Roberto Agramonte, left the Cuban cabinet on Thursday.", [], []),
 ("Congressmen demanded a cut in the sugar quota that Cuba enjoys in the American market.", ["CUB TRADES_WITH USA"], []),
]
