DAY = "2008-08-12"
SENTS = [
 ("Russian troops and tanks poured into Georgia on Friday after Georgian forces launched an assault on the breakaway region of South Ossetia.", ["RUS ATTACKS GEO"], ["RUS DEPLOYS_TROOPS GEO"]),
 ("Russian aircraft bombed the Georgian town of Gori and the port of Poti.", ["RUS ATTACKS GEO"], []),
 ("President Mikheil Saakashvili accused Moscow of trying to destroy Georgian statehood.", ["person:mikheil-saakashvili CONDEMNS RUS"], ["person:mikheil-saakashvili LEADS GEO"]),
 ("French President Nicolas Sarkozy, whose country held the EU presidency, flew to Moscow and Tbilisi to broker a ceasefire.", ["person:nicolas-sarkozy LEADS FRA", "person:nicolas-sarkozy MEETS RUS", "person:nicolas-sarkozy MEETS GEO"], ["FRA MEMBER_OF org:EU"]),
 ("The United States, a close ally of Tbilisi, flew Georgian troops home from Iraq.", ["USA ALLIED_WITH GEO", "GEO DEPLOYS_TROOPS IRQ"], ["USA SUPPORTS GEO"]),
]
