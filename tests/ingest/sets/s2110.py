DAY = "1994-01-11"
SENTS = [
 ("NATO leaders meeting in Brussels on Monday offered the former Warsaw Pact countries a Partnership for Peace, a programme of joint exercises and consultations that stops short of membership.", [], []),
 ("President Bill Clinton said the partnership could lead to the eventual expansion of the alliance, but Poland, Hungary and the Czech Republic said they had hoped for a firm timetable for joining.", [], ["person:bill-clinton LEADS USA"]),
 ("Russia has warned against any expansion of NATO to its borders.", [], ["RUS CONDEMNS org:NATO"]),
 ("Clinton flew to Prague on Tuesday to meet the leaders of the Czech Republic, Poland, Hungary and Slovakia.", ["person:bill-clinton MEETS CZE"], ["person:bill-clinton MEETS POL", "person:bill-clinton MEETS HUN", "person:bill-clinton MEETS SVK"]),
 ("Lithuania's president, Algirdas Brazauskas, asked on Monday for his country to be admitted to NATO.", ["person:algirdas-brazauskas LEADS LTU"], []),
]
