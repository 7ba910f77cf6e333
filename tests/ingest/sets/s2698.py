DAY = "1986-09-18"
SENTS = [
 ("The United States ordered 25 members of the Soviet mission to the United Nations to leave the country by October 1, saying they were intelligence agents.", ["USA CONDEMNS SUN"], []),
 ("Moscow called the expulsions a provocation and said they would poison preparations for a summit meeting between Ronald Reagan and Mikhail Gorbachev.", [], ["SUN CONDEMNS USA", "person:ronald-reagan MEETS person:mikhail-gorbachev"]),
 ("Nicholas Daniloff, the Moscow correspondent of U.S. News & World Report, has been held on spying charges since August 30, a week after the F.B.I. arrested a Soviet physicist working at the United Nations.", [], []),
 ("George P. Shultz, the Secretary of State, and Eduard A. Shevardnadze, the Soviet Foreign Minister, talked for three hours on Friday without settling the case.", ["person:george-shultz MEETS person:eduard-shevardnadze"], ["USA MEETS SUN"]),
]
