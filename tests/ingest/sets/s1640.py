DAY = "2013-10-25"
SENTS = [
 ("Angela Merkel told Barack Obama in a phone call on Wednesday that spying on the leaders of allies was unacceptable, after reports that US intelligence had monitored her mobile phone.", ["person:angela-merkel MEETS person:barack-obama"], ["person:angela-merkel CONDEMNS USA"]),
 ("Germany's foreign minister, Guido Westerwelle, summoned the American ambassador, an unprecedented step between the two allies.", ["DEU CONDEMNS USA"], ["DEU ALLIED_WITH USA", "person:guido-westerwelle CONDEMNS USA"]),
 ("The White House said the United States is not monitoring and will not monitor the chancellor's communications, but declined to say whether it had done so in the past.", [], []),
 ("France had summoned the US ambassador in Paris two days earlier over reports that the National Security Agency had collected millions of French phone records.", ["FRA CONDEMNS USA"], []),
 ("Brazil's president, Dilma Rousseff, cancelled a state visit to Washington last month over similar revelations.", ["person:dilma-rousseff LEADS BRA"], ["person:dilma-rousseff MEETS USA", "person:dilma-rousseff CONDEMNS USA"]),
]
