DAY = "2022-07-15"
SENTS = [
 ("Joe Biden greeted Crown Prince Mohammed bin Salman with a fist bump in Jeddah on Friday, despite having vowed to make the kingdom a pariah over the murder of Jamal Khashoggi.", ["person:joe-biden MEETS person:mohammed-bin-salman"], ["person:joe-biden MEETS SAU", "person:joe-biden CONDEMNS SAU"]),
 ("Biden said he had told the crown prince that he held him personally responsible for the killing.", ["person:joe-biden CONDEMNS person:mohammed-bin-salman", "person:joe-biden MEETS person:mohammed-bin-salman"], []),
 ("Saudi Arabia agreed to open its airspace to all civilian flights, including those to and from Israel.", [], ["SAU SUPPORTS ISR"]),
 ("The United States is the kingdom's largest arms supplier, and Washington hopes Riyadh will pump more oil to ease prices.", ["USA SUPPLIES_ARMS SAU"], ["SAU TRADES_WITH USA"]),
 ("Biden had earlier visited Israel, where he signed a joint declaration with Prime Minister Yair Lapid pledging to deny Iran nuclear weapons.", ["person:joe-biden MEETS ISR"], ["person:joe-biden MEETS person:yair-lapid", "person:yair-lapid LEADS ISR"]),
]
