DAY = "1995-04-30"
SENTS = [
 ("President Bill Clinton announced on Sunday that he would ban all American trade with Iran, accusing Tehran of sponsoring terrorism and of trying to acquire nuclear weapons.", ["person:bill-clinton CONDEMNS IRN"], ["person:bill-clinton LEADS USA", "USA SANCTIONS IRN", "USA TRADES_WITH IRN"]),
 ("The embargo will stop American oil companies from buying Iranian crude, purchases worth about $4 billion last year.", [], ["USA SANCTIONS IRN", "USA TRADES_WITH IRN"]),
 ("Conoco had to abandon a contract to develop Iranian offshore oilfields in March after the White House objected.", [], []),
 ("Iran called the decision a declaration of economic war and said European and Asian companies would gladly take the place of the Americans.", [], ["IRN CONDEMNS USA"]),
 ("Germany and Japan, Iran's largest trading partners, said they would not join the embargo.", ["DEU TRADES_WITH IRN", "JPN TRADES_WITH IRN"], []),
]
