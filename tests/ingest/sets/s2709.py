DAY = "1987-04-17"
SENTS = [
 ("The United States imposed tariffs of 100 percent on $300 million worth of Japanese computers, television sets and power tools on Friday, accusing Tokyo of breaking a 1986 agreement on semiconductor trade.", ["USA CONDEMNS JPN"], ["USA SANCTIONS JPN"]),
 ("It was the first American trade sanction against Japan since World War II.", [], ["USA SANCTIONS JPN"]),
 ("Prime Minister Yasuhiro Nakasone, who is to visit Washington at the end of the month, said Japan deeply regretted the decision.", ["person:yasuhiro-nakasone LEADS JPN"], ["JPN CONDEMNS USA"]),
 ("Two-way trade reached $112 billion last year, with Japan selling the United States $58 billion more than it bought.", ["JPN TRADES_WITH USA"], []),
]
