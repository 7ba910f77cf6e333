DAY = "2025-10-25"
SENTS = [
 ("The US Treasury imposed sanctions on Colombian President Gustavo Petro, his wife and his son on Friday, accusing him of allowing drug cartels to flourish.", ["USA SANCTIONS person:gustavo-petro", "USA CONDEMNS person:gustavo-petro", "person:gustavo-petro LEADS COL"], []),
 ("Washington had already revoked Petro's visa after he urged American soldiers to disobey Trump at a rally in New York.", [], ["USA SANCTIONS person:gustavo-petro"]),
 ("Petro called Trump a barbarian and recalled Colombia's ambassador from Washington.", ["person:gustavo-petro CONDEMNS person:donald-trump"], ["COL CONDEMNS USA"]),
 ("Colombia has been Washington's closest ally in South America for decades.", ["COL ALLIED_WITH USA"]),
 ("The United States also decertified Colombia as a partner in the fight against drugs for the first time since 1997.", ["USA CONDEMNS COL"], ["USA SANCTIONS COL"]),
]
