DAY = "2025-11-16"
SENTS = [
 ("The USS Gerald R. Ford, the world's largest aircraft carrier, arrived in the Caribbean on Sunday as Washington stepped up pressure on Caracas.", [], []),
 ("US forces have destroyed more than 20 boats that the Pentagon says were carrying drugs from Venezuela.", [], []),
 ("Colombian President Gustavo Petro condemned the strikes as murder after a Colombian fisherman was killed.", [], ["person:gustavo-petro LEADS COL", "person:gustavo-petro CONDEMNS USA"]),
 ("Britain suspended some intelligence sharing with the United States over the boat strikes, according to CNN.", [], []),
 ("Nicolas Maduro has mobilised the militia and accused Trump of seeking to seize Venezuela's oil.", ["person:nicolas-maduro CONDEMNS person:donald-trump"], []),
]
