DAY = "1993-11-19"
SENTS = [
 ("President Bill Clinton met Jiang Zemin in Seattle on Friday, the first meeting between American and Chinese leaders since the Tiananmen Square crackdown in 1989.", ["person:bill-clinton MEETS person:jiang-zemin"], ["person:jiang-zemin MEETS USA", "person:bill-clinton LEADS USA", "CHN MEETS USA"]),
 ("Clinton raised China's treatment of dissidents and its sales of missile technology to Pakistan, which Washington punished with trade sanctions in August.", ["USA SANCTIONS CHN", "CHN SUPPLIES_ARMS PAK"], ["person:bill-clinton CONDEMNS CHN"]),
 ("Jiang told reporters afterwards that no country should interfere in China's internal affairs.", [], []),
 ("The two leaders were in Seattle for a meeting of the Asia-Pacific Economic Cooperation forum, whose members account for half of the world's output.", [], ["person:bill-clinton MEETS org:APEC", "person:jiang-zemin MEETS org:APEC", "person:bill-clinton MEETS person:jiang-zemin"]),
 ("The United States bought more than $30 billion of Chinese goods last year.", ["USA TRADES_WITH CHN"], []),
]
